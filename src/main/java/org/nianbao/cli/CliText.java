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

    String get(String id, Object... args) {
        return new MessageFormat(bundle.getString(id).replace("'", "''"), Locale.ROOT).format(args);
    }
}
