package org.nianbao.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own words, zh or en, from {@code org/nianbao/cli/cli*.properties}. */
final class CliText {
    private final ResourceBundle bundle;
    final String lang;

    CliText(String lang) {
        this.lang = "en".equals(lang) ? "en" : "zh";
        Locale locale = "en".equals(this.lang) ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE;
        this.bundle = ResourceBundle.getBundle("org.nianbao.cli.cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message with its arguments; numbers are shown as plain digits (no grouping: “1000/1000”). */
    String get(String id, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) if (shown[i] instanceof Number) shown[i] = String.valueOf(shown[i]);
        return new MessageFormat(bundle.getString(id).replace("'", "''"), Locale.ROOT).format(shown);
    }
}
