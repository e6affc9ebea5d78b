package org.nianbao.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Local profiles as data: Java properties files (UTF-8), chosen because a profile must say where its
 * rules come from and properties files carry comments, and because the JDK reads them. Keys:
 * <pre>
 * id=wuwei                       short name
 * decimals=4                     decimal places of 万元 amounts (empty: not prescribed)
 * copy.threshold=0.5             Y-COPY warns at this share repeated from last year's report
 * overview.maxChars=1000         length limit of 一、总体情况 (S-LENGTH)
 * overview.topics=主动公开,依申请公开,政府信息管理|信息管理   sub-topics of 一 (S-TOPIC); | separates alternatives
 * off=D-TERM,T-ZERO              warnings/info switched off
 * </pre>
 * Built-in profiles live in {@code org/nianbao/core/profiles/<id>.properties} (copies in docs/profiles/).
 * In Writer, the document's user-defined property {@value #DOCUMENT_PROPERTY} holds a built-in id or a
 * profile's text with {@code ;} between entries ({@link #resolve}).
 */
public final class Profiles {
    /** The user-defined document property the Writer extension reads. */
    public static final String DOCUMENT_PROPERTY = "NianbaoProfile";
    /** The built-in profiles. */
    public static final List<String> BUILT_IN = List.of("national", "suqian", "wuwei");

    private Profiles() {
    }

    public static Profile read(Reader in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return of(p);
    }

    /** A built-in profile by id, or null when there is none of that name. */
    public static Profile builtIn(String id) {
        if (id == null || !BUILT_IN.contains(id.strip())) return null;
        try (InputStream in = Profiles.class.getResourceAsStream("/org/nianbao/core/profiles/" + id.strip() + ".properties")) {
            if (in == null) return null;
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The profile a document property names: a built-in id, or entries such as
     * {@code decimals=4;copy.threshold=0.6}. Null or blank gives the national profile.
     * @throws IllegalArgumentException for an unknown id or a bad value
     */
    public static Profile resolve(String value) {
        if (value == null || value.isBlank()) return Profile.national();
        Profile builtIn = builtIn(value);
        if (builtIn != null) return builtIn;
        if (!value.contains("=")) throw new IllegalArgumentException("unknown profile: " + value.strip());
        try {
            return read(new StringReader(value.replace(';', '\n')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The profile to check a report with: the caller's, unless it is the national default and the document
     * names a profile ({@link Report#profileSetting}); a setting that cannot be read leaves the caller's.
     */
    public static Profile effective(Profile given, Report report) {
        String setting = report == null ? null : report.profileSetting();
        if (setting == null || setting.isBlank() || (given != null && !"national".equals(given.id))) return given;
        try {
            Profile p = resolve(setting);
            return given != null && given.amountDecimals != null ? p.withDecimals(given.amountDecimals) : p;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return given;
        }
    }

    private static Profile of(Properties p) {
        String decimals = value(p, "decimals");
        String threshold = value(p, "copy.threshold");
        String max = value(p, "overview.maxChars");
        List<List<String>> topics = new ArrayList<>();
        for (String t : list(value(p, "overview.topics"))) {
            List<String> alternatives = new ArrayList<>();
            for (String a : t.split("\\|")) if (!a.isBlank()) alternatives.add(a.strip());
            if (!alternatives.isEmpty()) topics.add(alternatives);
        }
        Set<String> off = new LinkedHashSet<>(list(value(p, "off")));
        try {
            return new Profile(value(p, "id"), decimals == null ? null : Integer.valueOf(decimals),
                    threshold == null ? Profile.DEFAULT_COPY_THRESHOLD : Double.parseDouble(threshold),
                    max == null ? null : Integer.valueOf(max), topics, off);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage(), e);
        }
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        for (String s : v.split("[,，]")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
