package org.nianbao.uno;

import java.io.File;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The extension's log: java.util.logging to {@code ${java.io.tmpdir}/nianbao-<user>.log} (appended, at most
 * 2 MB) and to stderr. Every UNO entry point runs its work through {@link #guard} so that no
 * exception ever reaches LibreOffice.
 */
public final class Log {
    private static final Logger LOGGER = Logger.getLogger("org.nianbao");

    static {
        configure();
    }

    private Log() {
    }

    /** Work done at a UNO entry point; may throw anything. */
    public interface Work {
        void run() throws Throwable;
    }

    public static Logger get() {
        return LOGGER;
    }

    /** Where the log file is written. */
    public static File file() {
        return new File(System.getProperty("java.io.tmpdir"), "nianbao-" + safeUserName() + ".log");
    }

    /** The user's name as a file-name part: each user of a shared machine has a log of their own (issue 10). */
    static String safeUserName() {
        String user = System.getProperty("user.name", "");
        String safe = user.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "user" : safe;
    }

    /** Runs the work, logs and swallows anything it throws; true when it completed normally. */
    public static boolean guard(String what, Work work) {
        try {
            work.run();
            return true;
        } catch (Throwable t) {
            error(what, t);
            return false;
        }
    }

    public static void error(String what, Throwable t) {
        try {
            LOGGER.log(Level.SEVERE, what + " failed", t);
        } catch (Throwable ignored) {
            // logging itself must never throw into LibreOffice
        }
    }

    public static void info(String message) {
        LOGGER.info(message);
    }

    /** "2026-01-31 09:30:00.123 INFO [nianbao] message", then the stack trace if any (our own format: no global property). */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%1$tF %1$tT.%1$tL %2$s [nianbao] %3$s%n",
                    r.getMillis(), r.getLevel().getName(), formatMessage(r)));
            if (r.getThrown() != null) {
                java.io.StringWriter w = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(w));
                s.append(w);
            }
            return s.toString();
        }
    }

    private static void configure() {
        try {
            LOGGER.setUseParentHandlers(false);
            LOGGER.setLevel(Level.INFO);
            Handler console = new ConsoleHandler();
            console.setFormatter(new LineFormatter());
            LOGGER.addHandler(console);
            try {
                FileHandler file = new FileHandler(file().getPath(), 2_000_000, 1, true);
                file.setFormatter(new LineFormatter());
                file.setEncoding("UTF-8");
                LOGGER.addHandler(file);
            } catch (Exception | Error e) {
                LOGGER.log(Level.WARNING, "no log file " + file() + ": " + e);
            }
        } catch (Throwable ignored) {
            // never fail class initialisation because of logging
        }
    }
}
