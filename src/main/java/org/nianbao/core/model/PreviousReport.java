package org.nianbao.core.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.core.schema.TableId;

/**
 * Last year's report as kept in this year's document (issue 10): what the cross-year rules need of it
 * (P-1 and P-10: the cell texts by key and the tables found; Y-COPY and P-7's copy check: the section texts;
 * the 金额 header, which may set the decimals), with where it was read from (the file URL and the file's
 * modification time then), agency, year and title, and a SHA-256 checksum over all of it. The extension
 * stores the JSON as the user-defined document property {@value #PROPERTY}, next to {@link Snapshot}, so that
 * the document keeps comparing with last year's report after it is closed and reopened, also where last
 * year's file is absent.
 *
 * <pre>
 * {"nianbao_previous":1,"url":"file:///…/2023.docx","modified":1700000000000,"agency":"…","year":2023,
 *  "title":"…","amount_header":null,"tables":["T2","T3"],"values":{"apply.new.natural_person":"10",…},
 *  "sections":{"overview":"…",…},"sections_dropped":false,"checksum":"sha256:…"}
 * </pre>
 *
 * A value whose checksum does not match (edited by hand, truncated) is refused by {@link #fromJson}; the
 * section texts are left out when the JSON would exceed {@value #MAX_BYTES} bytes ({@link #sectionsDropped}).
 */
public final class PreviousReport {
    /** The user-defined document property that holds the JSON. */
    public static final String PROPERTY = "NianbaoPrevious";
    public static final int VERSION = 1;
    /** The largest JSON kept with the section texts (UTF-8 bytes); beyond it, the texts are left out. */
    public static final int MAX_BYTES = 256 * 1024;

    public final String url;
    /** The file's modification time when it was read (ms since the epoch), or -1 when unknown. */
    public final long modified;
    public final String agency;
    public final Integer year;
    public final String title;
    public final String amountHeader;
    /** True when the section texts were left out to keep the property small (Y-COPY then has nothing to compare). */
    public final boolean sectionsDropped;
    public final String checksum;
    private final Set<TableId> tables;
    private final Map<String, String> values;
    private final Map<String, String> sections;

    private PreviousReport(String url, long modified, String agency, Integer year, String title, String amountHeader,
                           Set<TableId> tables, Map<String, String> values, Map<String, String> sections,
                           boolean sectionsDropped, String checksum) {
        this.url = url;
        this.modified = modified;
        this.agency = agency;
        this.year = year;
        this.title = title;
        this.amountHeader = amountHeader;
        this.tables = Collections.unmodifiableSet(tables);
        this.values = Collections.unmodifiableMap(values);
        this.sections = Collections.unmodifiableMap(sections);
        this.sectionsDropped = sectionsDropped;
        this.checksum = checksum == null ? checksum(url, modified, agency, year, title, amountHeader, tables, values,
                sections, sectionsDropped) : checksum;
    }

    /**
     * What to keep of last year's report as read from {@code url} (file modified at {@code modified}, -1 when
     * unknown); without its section texts when the JSON would be larger than {@value #MAX_BYTES} bytes.
     */
    public static PreviousReport of(String url, long modified, Report report) {
        Set<TableId> tables = EnumSet.noneOf(TableId.class);
        tables.addAll(report.tablesFound());
        Map<String, String> sections = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : report.sectionTexts().entrySet()) {
            if (e.getValue() != null) sections.put(e.getKey(), e.getValue());
        }
        PreviousReport full = new PreviousReport(url, modified, report.agency(), report.year(), report.title(),
                report.amountHeader(), tables, new LinkedHashMap<>(report.cellTexts()), sections, false, null);
        if (full.toJson().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) return full;
        return new PreviousReport(url, modified, report.agency(), report.year(), report.title(), report.amountHeader(),
                tables, new LinkedHashMap<>(report.cellTexts()), new LinkedHashMap<>(), true, null);
    }

    /** Last year's report as the checker reads it (cells, tables found, sections, header, agency, year, title). */
    public Report report() {
        Report r = new Report().agency(agency).year(year).title(title);
        for (TableId t : tables) r.tableFound(t);
        for (Map.Entry<String, String> e : values.entrySet()) r.cell(e.getKey(), e.getValue());
        for (Map.Entry<String, String> e : sections.entrySet()) r.section(e.getKey(), e.getValue());
        if (amountHeader != null) r.amountHeader(amountHeader);
        return r;
    }

    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> sections() {
        return sections;
    }

    public Set<TableId> tables() {
        return tables;
    }

    /** The JSON's size in UTF-8 bytes. */
    public int bytes() {
        return toJson().getBytes(StandardCharsets.UTF_8).length;
    }

    /** True when the stored checksum matches what is stored. */
    public boolean intact() {
        return checksum.equals(checksum(url, modified, agency, year, title, amountHeader, tables, values, sections, sectionsDropped));
    }

    /**
     * "sha256:" of every field as text (see {@link Snapshot#checksum}): values under "v:" + key, sections under
     * "s:" + key, the tables as their sorted names.
     */
    private static String checksum(String url, long modified, String agency, Integer year, String title, String amountHeader,
                                   Set<TableId> tables, Map<String, String> values, Map<String, String> sections,
                                   boolean sectionsDropped) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("url", url);
        all.put("modified", Long.toString(modified));
        all.put("agency", agency == null ? "\u0000" : agency);
        all.put("year", year == null ? "\u0000" : year.toString());
        all.put("title", title == null ? "\u0000" : title);
        all.put("amount_header", amountHeader == null ? "\u0000" : amountHeader);
        Set<String> names = new TreeSet<>();
        for (TableId t : tables) names.add(t.name());
        all.put("tables", String.join(",", names));
        all.put("sections_dropped", Boolean.toString(sectionsDropped));
        for (Map.Entry<String, String> e : values.entrySet()) all.put("v:" + e.getKey(), e.getValue());
        for (Map.Entry<String, String> e : sections.entrySet()) all.put("s:" + e.getKey(), e.getValue());
        return Snapshot.checksum(all);
    }

    // ------------------------------------------------------------------ JSON

    public String toJson() {
        StringBuilder b = new StringBuilder(256 + 48 * values.size());
        b.append("{\"nianbao_previous\":").append(VERSION)
                .append(",\"url\":").append(Json.quote(url))
                .append(",\"modified\":").append(modified)
                .append(",\"agency\":").append(Json.quote(agency))
                .append(",\"year\":").append(year == null ? "null" : year.toString())
                .append(",\"title\":").append(Json.quote(title))
                .append(",\"amount_header\":").append(Json.quote(amountHeader))
                .append(",\"tables\":[");
        boolean first = true;
        for (TableId t : tables) {
            b.append(first ? "" : ",").append(Json.quote(t.name()));
            first = false;
        }
        b.append("],\"values\":");
        object(b, values);
        b.append(",\"sections\":");
        object(b, sections);
        b.append(",\"sections_dropped\":").append(sectionsDropped)
                .append(",\"checksum\":").append(Json.quote(checksum));
        return b.append('}').toString();
    }

    private static void object(StringBuilder b, Map<String, String> m) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : m.entrySet()) {
            b.append(first ? "" : ",").append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
            first = false;
        }
        b.append('}');
    }

    /**
     * Reads {@link #toJson()}'s output. Anything else, and a value whose checksum does not match, is an
     * {@link IllegalArgumentException} with the reason (never anything else).
     */
    public static PreviousReport fromJson(String json) {
        Object root;
        try {
            root = JsonReader.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (!(root instanceof Map)) throw new IllegalArgumentException("not a JSON object");
        Map<?, ?> m = (Map<?, ?>) root;
        Object version = m.get("nianbao_previous");
        if (!(version instanceof BigDecimal) || ((BigDecimal) version).compareTo(BigDecimal.valueOf(VERSION)) != 0) {
            throw new IllegalArgumentException("unknown version " + version);
        }
        String url = text(m.get("url"), "url", false);
        if (url.isEmpty()) throw new IllegalArgumentException("no url");
        long modified = integer(m.get("modified"), "modified", false).longValue();
        BigDecimal y = integer(m.get("year"), "year", true);
        Integer year;
        try {
            year = y == null ? null : y.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("year " + y);
        }
        Set<TableId> tables = EnumSet.noneOf(TableId.class);
        Object t = m.get("tables");
        if (!(t instanceof List)) throw new IllegalArgumentException("tables is not a list");
        for (Object name : (List<?>) t) {
            try {
                tables.add(TableId.valueOf(text(name, "tables", false)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown table " + name);
            }
        }
        Object dropped = m.get("sections_dropped");
        if (!(dropped instanceof Boolean)) throw new IllegalArgumentException("sections_dropped is not true or false");
        PreviousReport p = new PreviousReport(url, modified, text(m.get("agency"), "agency", true), year,
                text(m.get("title"), "title", true), text(m.get("amount_header"), "amount_header", true), tables,
                texts(m.get("values"), "values"), texts(m.get("sections"), "sections"), (Boolean) dropped,
                text(m.get("checksum"), "checksum", false));
        if (!p.intact()) throw new IllegalArgumentException("checksum does not match the stored values");
        return p;
    }

    private static String text(Object v, String what, boolean nullable) {
        if (v == null && nullable) return null;
        if (!(v instanceof String)) throw new IllegalArgumentException(what + " is not text");
        return (String) v;
    }

    private static BigDecimal integer(Object v, String what, boolean nullable) {
        if (v == null && nullable) return null;
        if (!(v instanceof BigDecimal) || ((BigDecimal) v).stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(what + " is not a whole number");
        }
        return (BigDecimal) v;
    }

    private static Map<String, String> texts(Object v, String what) {
        if (!(v instanceof Map)) throw new IllegalArgumentException(what + " is not an object");
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) out.put((String) e.getKey(), text(e.getValue(), what + "." + e.getKey(), false));
        return out;
    }
}
