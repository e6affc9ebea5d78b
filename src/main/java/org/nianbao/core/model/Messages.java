package org.nianbao.core.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts of findings, from the resource bundles {@code org/nianbao/core/messages*.properties}
 * (UTF-8; en is the base bundle, zh the Chinese one). Patterns use {@link MessageFormat} syntax.
 */
public final class Messages {
    private static final String BUNDLE = "org.nianbao.core.messages";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    public static String zh(String id, Object... args) {
        return format(ZH, id, args);
    }

    public static String en(String id, Object... args) {
        return format(Locale.ROOT, id, args);
    }

    private static String format(Locale locale, String id, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(id);
        } catch (MissingResourceException e) {
            return id;
        }
        MessageFormat f = new MessageFormat(pattern.replace("'", "''"), Locale.ROOT);
        return f.format(args);
    }

    /** A finding whose two messages come from the bundles under one id. */
    public static Finding finding(String rule, Severity severity, String key, String expected, String actual,
                                  String messageId, Object... args) {
        return new Finding(rule, severity, key, expected, actual, zh(messageId, args), en(messageId, args));
    }

    /** Never fall back to the JVM's default locale: en is the base bundle, zh is asked for explicitly. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
