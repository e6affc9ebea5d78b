package org.nianbao.core.parse;

import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Place;
import org.nianbao.core.model.Severity;
import org.nianbao.core.rules.Rule;

/** Builds findings whose messages come from the bundles, resolving {@link Localized} arguments per language. */
public final class Findings {
    private Findings() {
    }

    public static Finding of(Rule rule, String key, String expected, String actual, String messageId, Object... args) {
        return of(rule, rule.severity(), key, expected, actual, messageId, args);
    }

    public static Finding of(Rule rule, Severity severity, String key, String expected, String actual,
                             String messageId, Object... args) {
        return of(rule, severity, Place.ofKey(key), expected, actual, messageId, args);
    }

    public static Finding at(Rule rule, Place place, String expected, String actual, String messageId, Object... args) {
        return of(rule, rule.severity(), place, expected, actual, messageId, args);
    }

    public static Finding of(Rule rule, Severity severity, Place place, String expected, String actual,
                             String messageId, Object... args) {
        return new Finding(rule.id, severity, place, expected, actual,
                Messages.zh(messageId, resolve(args, true)), Messages.en(messageId, resolve(args, false)));
    }

    private static Object[] resolve(Object[] args, boolean zh) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Localized) out[i] = zh ? ((Localized) a).zh : ((Localized) a).en;
            else out[i] = a == null ? "" : a.toString();
        }
        return out;
    }
}
