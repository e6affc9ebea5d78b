package org.nianbao.uno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each user of a shared machine has a log file of their own. */
class LogTest {
    @Test
    void logFileNamesTheUser() {
        String name = Log.file().getName();
        assertTrue(name.startsWith("nianbao-") && name.endsWith(".log"), name);
        assertEquals("nianbao-" + Log.safeUserName() + ".log", name);
        assertTrue(Log.safeUserName().matches("[A-Za-z0-9._-]+"), Log.safeUserName());
    }
}
