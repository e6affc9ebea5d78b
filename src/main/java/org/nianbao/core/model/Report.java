package org.nianbao.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.core.schema.TableId;

/**
 * A report as read from a document (or built by a test): agency, year, the text of every bound cell
 * by key, the text of each section, which tables were found, where each cell sits, and what the
 * reader noticed on the way (missing tables, label variants). Parsing and checking happen in
 * {@link org.nianbao.core.rules.Checker}.
 */
public final class Report {
    private String agency;
    private Integer year;
    private String title;
    private final Map<String, String> cellTexts = new LinkedHashMap<>();
    private final Map<String, CellLocation> locations = new LinkedHashMap<>();
    private final Map<String, String> sectionTexts = new LinkedHashMap<>();
    private final List<BoundNumber> boundNumbers = new java.util.ArrayList<>();
    private final Set<TableId> tablesFound = EnumSet.noneOf(TableId.class);
    private final List<Finding> readingFindings = new ArrayList<>();
    /** The header text of table 二 （八）'s value column as read, e.g. “本年收费金额（单位：万元，保留4位小数）”. */
    private String amountHeader;
    private final Map<String, String> subtotalTexts = new LinkedHashMap<>();
    private final Map<String, CellLocation> subtotalLocations = new LinkedHashMap<>();
    /** Cells whose own labels (column header 总计, row （七）总计) say they hold a total: table name + NUL + cell id. */
    private final Set<String> totalsByLabel = new java.util.HashSet<>();
    /** Paragraphs before the first heading (title lines included), in order. */
    private final List<String> preamble = new ArrayList<>();
    /** Each section's heading as typed, by section key. */
    private final Map<String, String> headings = new LinkedHashMap<>();
    private String profileSetting;

    public String agency() {
        return agency;
    }

    public Report agency(String agency) {
        this.agency = agency;
        return this;
    }

    public Integer year() {
        return year;
    }

    public Report year(Integer year) {
        this.year = year;
        return this;
    }

    public String title() {
        return title;
    }

    public Report title(String title) {
        this.title = title;
        return this;
    }

    /** Sets the text of a cell; the table it belongs to counts as found. */
    public Report cell(String key, String text) {
        cellTexts.put(key, text == null ? "" : text);
        TableId t = TableId.ofKey(key);
        if (t != null) tablesFound.add(t);
        return this;
    }

    public Report cell(String key, String text, CellLocation location) {
        cell(key, text);
        if (location != null) locations.put(key, location);
        return this;
    }

    /** The cell's text, or null when the cell was not found in the document. */
    public String cellText(String key) {
        return cellTexts.get(key);
    }

    public boolean hasCell(String key) {
        return cellTexts.containsKey(key);
    }

    public Map<String, String> cellTexts() {
        return Collections.unmodifiableMap(cellTexts);
    }

    public CellLocation location(String key) {
        return locations.get(key);
    }

    public Map<String, CellLocation> locations() {
        return Collections.unmodifiableMap(locations);
    }

    public Report section(String key, String text) {
        sectionTexts.put(key, text == null ? "" : text);
        return this;
    }

    /** The text under a section heading, or null when the heading was not found. */
    public String sectionText(String key) {
        return sectionTexts.get(key);
    }

    /** Records a number of a section's text bound to the tables. */
    public Report boundNumber(BoundNumber b) {
        boundNumbers.add(b);
        return this;
    }

    /**
     * A bound number now shows {@code text} (written by a recompute): its section text and the offsets of the
     * numbers after it in that section follow. Unknown names are ignored.
     */
    public Report rewriteBound(String name, String text) {
        for (int i = 0; i < boundNumbers.size(); i++) {
            BoundNumber b = boundNumbers.get(i);
            if (!b.name.equals(name)) continue;
            String section = sectionTexts.get(b.sectionKey);
            if (section == null || b.end > section.length()) return this;
            sectionTexts.put(b.sectionKey, section.substring(0, b.start) + text + section.substring(b.end));
            int delta = text.length() - (b.end - b.start);
            for (int j = 0; j < boundNumbers.size(); j++) {
                BoundNumber o = boundNumbers.get(j);
                if (j == i) {
                    boundNumbers.set(j, new BoundNumber(o.key, o.name, o.sectionKey, o.start, o.start + text.length(), text));
                } else if (o.sectionKey.equals(b.sectionKey) && o.start >= b.end) {
                    boundNumbers.set(j, new BoundNumber(o.key, o.name, o.sectionKey, o.start + delta, o.end + delta, o.text));
                }
            }
            return this;
        }
        return this;
    }

    /** The numbers of the text bound to the tables, in document order. */
    public List<BoundNumber> boundNumbers() {
        return Collections.unmodifiableList(boundNumbers);
    }

    /** Those of one section. */
    public List<BoundNumber> boundNumbers(String sectionKey) {
        List<BoundNumber> out = new java.util.ArrayList<>();
        for (BoundNumber b : boundNumbers) if (b.sectionKey.equals(sectionKey)) out.add(b);
        return out;
    }

    public Map<String, String> sectionTexts() {
        return Collections.unmodifiableMap(sectionTexts);
    }

    public Report tableFound(TableId table) {
        tablesFound.add(table);
        return this;
    }

    public boolean hasTable(TableId table) {
        return tablesFound.contains(table);
    }

    public Set<TableId> tablesFound() {
        return Collections.unmodifiableSet(tablesFound);
    }

    public Report addFinding(Finding f) {
        readingFindings.add(f);
        return this;
    }

    public List<Finding> readingFindings() {
        return Collections.unmodifiableList(readingFindings);
    }

    public String amountHeader() {
        return amountHeader;
    }

    public Report amountHeader(String header) {
        this.amountHeader = header;
        return this;
    }

    /**
     * A 法人或其他组织 小计 cell of the eight-column table 三 (not a cell of the format): read and checked as the
     * sum of the five organisation columns, never written. Key: {@code apply.<row>.legal_subtotal}.
     */
    public Report subtotal(String key, String text, CellLocation location) {
        subtotalTexts.put(key, text == null ? "" : text);
        if (location != null) subtotalLocations.put(key, location);
        return this;
    }

    public Map<String, String> subtotals() {
        return Collections.unmodifiableMap(subtotalTexts);
    }

    public CellLocation subtotalLocation(String key) {
        return subtotalLocations.get(key);
    }

    /** Marks a bound cell as a total by its labels: the only kind of cell recompute may write. */
    public Report totalByLabel(CellLocation location) {
        totalsByLabel.add(location.tableName + '\u0000' + location.cellId);
        return this;
    }

    public boolean isTotalByLabel(CellLocation location) {
        return location != null && totalsByLabel.contains(location.tableName + '\u0000' + location.cellId);
    }

    /** Paragraphs before the first heading (the title's lines included), for the text rules. */
    public List<String> preamble() {
        return Collections.unmodifiableList(preamble);
    }

    public Report preamble(List<String> paragraphs) {
        preamble.clear();
        preamble.addAll(paragraphs);
        return this;
    }

    /** A section's heading as typed, or null (headings of reports built by tests or read from JSON). */
    public String heading(String sectionKey) {
        return headings.get(sectionKey);
    }

    public Report heading(String sectionKey, String text) {
        headings.put(sectionKey, text);
        return this;
    }

    /** The profile the document names (Writer: the user-defined property {@value Profiles#DOCUMENT_PROPERTY}), or null. */
    public String profileSetting() {
        return profileSetting;
    }

    public Report profileSetting(String value) {
        this.profileSetting = value;
        return this;
    }
}
