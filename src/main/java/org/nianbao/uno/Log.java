package org.nianbao.uno;

import java.io.File;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The extension's log: java.util.logging to {@code ${java.io.tmpdir}/nianbao.log} (appended, at most
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
        return new File(System.getProperty("java.io.tmpdir"), "nianbao.log");
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

    private static void configure() {
        try {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    System.getProperty("java.util.logging.SimpleFormatter.format",
                            "%1$tF %1$tT.%1$tL %4$s [nianbao] %5$s%6$s%n"));
            LOGGER.setUseParentHandlers(false);
            LOGGER.setLevel(Level.INFO);
            Handler console = new ConsoleHandler();
            console.setFormatter(new SimpleFormatter());
            LOGGER.addHandler(console);
            try {
                FileHandler file = new FileHandler(file().getPath(), 2_000_000, 1, true);
                file.setFormatter(new SimpleFormatter());
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
