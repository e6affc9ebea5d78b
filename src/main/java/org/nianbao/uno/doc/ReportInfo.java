package org.nianbao.uno.doc;

import org.nianbao.uno.Uno;
import com.sun.star.beans.PropertyAttribute;
import com.sun.star.beans.XPropertyContainer;
import com.sun.star.beans.XPropertySet;
import com.sun.star.beans.XPropertySetInfo;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.text.XTextDocument;
import java.time.LocalDate;
import org.nianbao.core.schema.ReportSchema;

/**
 * The report's agency (机关名称) and year (报告年度), stored in the document as user-defined document
 * properties {@value #AGENCY} and {@value #YEAR} (File › Properties › Custom Properties shows them). The
 * inserted title shows both through document-property fields, so editing them updates the title.
 */
public final class ReportInfo {
    public static final String AGENCY = "NianbaoAgency";
    public static final String YEAR = "NianbaoYear";

    private ReportInfo() {
    }

    /** The year a report is usually written for: last year. */
    public static int defaultYear() {
        return LocalDate.now().getYear() - 1;
    }

    /** The stored agency, or "" when none is stored. */
    public static String agency(XTextDocument doc) throws com.sun.star.uno.Exception {
        XPropertySet props = userProperties(doc);
        if (!props.getPropertySetInfo().hasPropertyByName(AGENCY)) return "";
        return agencyOf(props.getPropertyValue(AGENCY));
    }

    /** The agency as the property's value gives it ("" for none). */
    static String agencyOf(Object value) {
        String v = Uno.string(value);
        return v == null ? "" : v;
    }

    /** The stored year, or null when none (or no number) is stored. */
    public static Integer year(XTextDocument doc) throws com.sun.star.uno.Exception {
        XPropertySet props = userProperties(doc);
        if (!props.getPropertySetInfo().hasPropertyByName(YEAR)) return null;
        return yearOf(props.getPropertyValue(YEAR));
    }

    /** The year as the property's value gives it, or null (none, or no number). */
    static Integer yearOf(Object value) {
        String v = Uno.string(value);
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static void setAgency(XTextDocument doc, String agency) throws com.sun.star.uno.Exception {
        ensure(doc);
        userProperties(doc).setPropertyValue(AGENCY, agency == null ? "" : agency.trim());
    }

    public static void setYear(XTextDocument doc, int year) throws com.sun.star.uno.Exception {
        ensure(doc);
        userProperties(doc).setPropertyValue(YEAR, Integer.toString(year));
    }

    /**
     * Gives a document not saved yet the report's title as its document title (File › Properties › Title), which
     * Save As proposes as the file name instead of “未命名 1” (issue 10, defect 8). A title the user gave is kept:
     * only an empty title or one of ours (ending with the report's title words) is replaced.
     */
    public static void proposeTitle(XTextDocument doc) throws com.sun.star.uno.Exception {
        com.sun.star.frame.XModel model = Uno.q(com.sun.star.frame.XModel.class, doc);
        if (model == null || (model.getURL() != null && !model.getURL().isEmpty())) return;
        com.sun.star.document.XDocumentProperties props = Uno.q(XDocumentPropertiesSupplier.class, doc).getDocumentProperties();
        String words = ReportSchema.title("", 0).substring(1);
        String current = props.getTitle() == null ? "" : props.getTitle();
        if (!current.isBlank() && !current.endsWith(words)) return;
        Integer year = year(doc);
        String title = ReportSchema.title(agency(doc), year == null ? defaultYear() : year);
        if (!title.equals(current)) props.setTitle(title);
        suggestSaveAsName(model, title);
    }

    /**
     * The Save As dialog of LibreOffice 7.4 proposes the model's media descriptor property SuggestedSaveAsName,
     * else the model's XTitle ("未命名 1"), which ignores the document title; so the title is also put into the
     * model's arguments (attachResource with the same, empty URL and the arguments it already has).
     */
    private static void suggestSaveAsName(com.sun.star.frame.XModel model, String title) {
        java.util.List<com.sun.star.beans.PropertyValue> args = new java.util.ArrayList<>();
        for (com.sun.star.beans.PropertyValue p : model.getArgs()) if (!SUGGESTED_NAME.equals(p.Name)) args.add(p);
        args.add(Uno.prop(SUGGESTED_NAME, title));
        model.attachResource(model.getURL(), args.toArray(new com.sun.star.beans.PropertyValue[0]));
    }

    /** The media descriptor property the Save As dialog proposes as the file name. */
    public static final String SUGGESTED_NAME = "SuggestedSaveAsName";

    /** Adds the two properties when missing: agency empty, year {@link #defaultYear()}. */
    public static void ensure(XTextDocument doc) throws com.sun.star.uno.Exception {
        XPropertyContainer container = Uno.q(XDocumentPropertiesSupplier.class, doc).getDocumentProperties()
                .getUserDefinedProperties();
        XPropertySetInfo info = Uno.q(XPropertySet.class, container).getPropertySetInfo();
        if (!info.hasPropertyByName(AGENCY)) container.addProperty(AGENCY, PropertyAttribute.REMOVABLE, "");
        if (!info.hasPropertyByName(YEAR)) {
            container.addProperty(YEAR, PropertyAttribute.REMOVABLE, Integer.toString(defaultYear()));
        }
    }

    private static XPropertySet userProperties(XTextDocument doc) {
        return Uno.q(XPropertySet.class, Uno.q(XDocumentPropertiesSupplier.class, doc).getDocumentProperties()
                .getUserDefinedProperties());
    }
}
