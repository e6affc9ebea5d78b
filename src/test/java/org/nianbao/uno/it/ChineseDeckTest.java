package org.nianbao.uno.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The deck's tests: each test class has an office of its own ({@link OfficeRunner#chineseDeck()}: a display,
 * Chinese UI, the built extension), started before the class's tests and closed after them. Test classes run
 * one after the other, so one field serves them all.
 */
abstract class ChineseDeckTest {
    static OfficeRunner office;

    @BeforeAll
    static void startChineseDeckOffice() throws Exception {
        office = OfficeRunner.chineseDeck();
    }

    @AfterAll
    static void stopChineseDeckOffice() {
        if (office != null) office.close();
        office = null;
    }
}
