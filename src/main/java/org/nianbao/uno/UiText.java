package org.nianbao.uno;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XNameAccess;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.XComponentContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible texts of the extension, from {@code org/nianbao/uno/ui.properties} (English, base) and
 * {@code ui_zh.properties}, in LibreOffice's UI language (configuration
 * {@code /org.openoffice.Setup/L10N/ooLocale}; Chinese for any zh-*, English otherwise). The language
 * is read on every use: it is a few in-process calls, and it follows a change of the setting.
 */
public final class UiText {
    private static final String BUNDLE = "org.nianbao.uno.ui";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String lang;
    private final ResourceBundle bundle;

    private UiText(String lang) {
        this.lang = lang;
        Locale locale = "zh".equals(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, UiText.class.getClassLoader(), NO_FALLBACK);
    }

    public static UiText of(String lang) {
        return new UiText("zh".equals(lang) ? "zh" : "en");
    }

    /** Texts in the office's UI language. */
    public static UiText of(XComponentContext ctx) {
        return of(uiLanguage(ctx));
    }

    /** "zh" or "en". */
    public String lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) return pattern;
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(plain(args));
    }

    /** Whole numbers as plain digits: years and counts, never "2,024 年" (MessageFormat groups Integers). */
    private static Object[] plain(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            Object a = out[i];
            if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof java.math.BigInteger) out[i] = a.toString();
        }
        return out;
    }

    /** "zh" when LibreOffice's UI locale is Chinese, else "en" (also when the setting cannot be read). */
    public static String uiLanguage(XComponentContext ctx) {
        String locale = uiLocale(ctx);
        if (locale == null || locale.isEmpty()) locale = Locale.getDefault().toLanguageTag();
        return locale.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
    }

    /** The configured UI locale, e.g. "zh-CN" or "en-US"; null when unreadable. */
    static String uiLocale(XComponentContext ctx) {
        try {
            XMultiServiceFactory provider = Uno.q(XMultiServiceFactory.class, ctx.getServiceManager()
                    .createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx));
            PropertyValue path = Uno.prop("nodepath", "/org.openoffice.Setup/L10N");
            Object access = provider.createInstanceWithArguments(
                    "com.sun.star.configuration.ConfigurationAccess", new Object[] {path});
            try {
                return Uno.string(Uno.q(XNameAccess.class, access).getByName("ooLocale"));
            } finally {
                com.sun.star.lang.XComponent c = Uno.q(com.sun.star.lang.XComponent.class, access);
                if (c != null) c.dispose();
            }
        } catch (Exception e) {
            Log.error("reading the UI locale", e);
            return null;
        }
    }
}
