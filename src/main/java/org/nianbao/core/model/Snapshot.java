package org.nianbao.core.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.core.schema.ReportSchema;

/**
 * What the tables held when the report was last saved with the extension: the text of every bound cell
 * by key, agency and year, the format id, a checksum of the cell texts, and the binding (key → table name
 * and cell id). The extension stores it as JSON in the document (user-defined document property
 * {@value #PROPERTY}, i.e. {@code meta:user-defined} in meta.xml of an .odt); comparing it with the tables
 * read later shows cells changed by a program without the extension. The tables always win: a difference
 * is a finding ({@value ExtensionFindings#SNAPSHOT}), never a correction.
 *
 * <pre>
 * {"nianbao":1,"format":"gov_info_disclosure_annual_report_2021","agency":"…","year":2024,
 *  "checksum":"sha256:…","values":{"apply.new.natural_person":"10",…},
 *  "binding":{"apply.new.natural_person":["Nianbao_T3","C5"],…}}
 * </pre>
 */
public final class Snapshot {
    /** The user-defined document property that holds the JSON. */
    public static final String PROPERTY = "NianbaoSnapshot";
    public static final int VERSION = 1;

    public final String format;
    public final String agency;
    public final Integer year;
    /** The checksum as stored ("sha256:" + hex), or as computed for a new snapshot. */
    public final String checksum;
    private final Map<String, String> values;
    private final Map<String, String[]> binding;

    private Snapshot(String format, String agency, Integer year, String checksum, Map<String, String> values,
                     Map<String, String[]> binding) {
        this.format = format;
        this.agency = agency;
        this.year = year;
        this.checksum = checksum;
        this.values = Collections.unmodifiableMap(values);
        this.binding = Collections.unmodifiableMap(binding);
    }

    /** The snapshot of a report as read (and recomputed): every bound cell's text and location. */
    public static Snapshot of(Report report, String agency, Integer year) {
        Map<String, String> values = new LinkedHashMap<>(report.cellTexts());
        Map<String, String[]> binding = new LinkedHashMap<>();
        for (Map.Entry<String, CellLocation> e : report.locations().entrySet()) {
            binding.put(e.getKey(), new String[] {e.getValue().tableName, e.getValue().cellId});
        }
        return new Snapshot(ReportSchema.FORMAT_ID, agency, year, checksum(values), values, binding);
    }

    /** Cell text by key, in document order. */
    public Map<String, String> values() {
        return values;
    }

    /** Table name and cell id of a key, or null. */
    public String[] binding(String key) {
        String[] b = binding.get(key);
        return b == null ? null : b.clone();
    }

    public Map<String, String[]> binding() {
        return binding;
    }

    /** True when the stored checksum matches the stored values (the snapshot itself was not altered). */
    public boolean intact() {
        return checksum(values).equals(checksum);
    }

    /**
     * "sha256:" + hex of the UTF-8 bytes of every key, U+001F, its text, U+001E, keys in {@link String}
     * order: the same texts give the same checksum whatever order they were read in.
     */
    public static String checksum(Map<String, String> texts) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, String> e : new TreeMap<>(texts).entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x1f);
            md.update((e.getValue() == null ? "" : e.getValue()).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x1e);
        }
        StringBuilder hex = new StringBuilder("sha256:");
        for (byte b : md.digest()) hex.append(String.format("%02x", b & 0xff));
        return hex.toString();
    }

    // ------------------------------------------------------------------ comparing

    /**
     * Keys bound both in the snapshot and in the report whose texts differ (ignoring leading and trailing
     * white space), in the report's order. Cells only one side has are left to the reader's findings.
     */
    public List<String> differingKeys(Report current) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : current.cellTexts().entrySet()) {
            String saved = values.get(e.getKey());
            if (saved != null && !saved.strip().equals(e.getValue().strip())) out.add(e.getKey());
        }
        return out;
    }

    /** One {@value ExtensionFindings#SNAPSHOT} warning per cell whose table text differs from the snapshot; the table's text is used. */
    public List<Finding> diff(Report current) {
        List<Finding> out = new ArrayList<>();
        for (String key : differingKeys(current)) {
            out.add(ExtensionFindings.snapshotChanged(key, values.get(key), current.cellText(key)));
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON

    public String toJson() {
        StringBuilder b = new StringBuilder(64 * values.size() + 200);
        b.append("{\"nianbao\":").append(VERSION)
                .append(",\"format\":").append(Json.quote(format))
                .append(",\"agency\":").append(Json.quote(agency))
                .append(",\"year\":").append(year == null ? "null" : year.toString())
                .append(",\"checksum\":").append(Json.quote(checksum))
                .append(",\"values\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!first) b.append(',');
            first = false;
            b.append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
        }
        b.append("},\"binding\":{");
        first = true;
        for (Map.Entry<String, String[]> e : binding.entrySet()) {
            if (!first) b.append(',');
            first = false;
            b.append(Json.quote(e.getKey())).append(":[").append(Json.quote(e.getValue()[0])).append(',')
                    .append(Json.quote(e.getValue()[1])).append(']');
        }
        return b.append("}}").toString();
    }

    /** Reads {@link #toJson()}'s output; anything else is an {@link IllegalArgumentException} with the reason. */
    public static Snapshot fromJson(String json) {
        Object root = JsonReader.parse(json);
        if (!(root instanceof Map)) throw new IllegalArgumentException("not a JSON object");
        Map<?, ?> m = (Map<?, ?>) root;
        Object version = m.get("nianbao");
        if (!(version instanceof BigDecimal) || ((BigDecimal) version).intValue() != VERSION) {
            throw new IllegalArgumentException("unknown snapshot version " + version);
        }
        String format = text(m.get("format"), "format");
        if (!ReportSchema.FORMAT_ID.equals(format)) throw new IllegalArgumentException("other format " + format);
        Object y = m.get("year");
        Integer year = null;
        if (y instanceof BigDecimal) {
            try {
                year = ((BigDecimal) y).intValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("year " + y);
            }
        } else if (y != null) {
            throw new IllegalArgumentException("year " + y);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : object(m.get("values"), "values").entrySet()) {
            values.put((String) e.getKey(), text(e.getValue(), "values." + e.getKey()));
        }
        Map<String, String[]> binding = new LinkedHashMap<>();
        Object b = m.get("binding");
        if (b != null) {
            for (Map.Entry<?, ?> e : object(b, "binding").entrySet()) {
                if (!(e.getValue() instanceof List) || ((List<?>) e.getValue()).size() != 2) {
                    throw new IllegalArgumentException("binding." + e.getKey());
                }
                List<?> l = (List<?>) e.getValue();
                binding.put((String) e.getKey(), new String[] {text(l.get(0), "binding"), text(l.get(1), "binding")});
            }
        }
        Object agency = m.get("agency");
        return new Snapshot(format, agency == null ? null : text(agency, "agency"), year,
                text(m.get("checksum"), "checksum"), values, binding);
    }

    private static String text(Object v, String what) {
        if (!(v instanceof String)) throw new IllegalArgumentException(what + " is not text");
        return (String) v;
    }

    private static Map<?, ?> object(Object v, String what) {
        if (!(v instanceof Map)) throw new IllegalArgumentException(what + " is not an object");
        return (Map<?, ?>) v;
    }
}
