package org.nianbao.cli;

/** Exit codes of the command line. */
final class ExitCodes {
    private ExitCodes() {
    }

    static final int OK = 0;
    /** At least one file has an error finding. */
    static final int ERRORS_FOUND = 1;
    /** A file could not be read, or the command line was wrong. */
    static final int UNREADABLE_OR_USAGE = 2;
}
