package org.nianbao.uno.doc;

import org.nianbao.uno.Uno;
import com.sun.star.beans.PropertyAttribute;
import com.sun.star.beans.XPropertyContainer;
import com.sun.star.beans.XPropertySet;
import com.sun.star.beans.XPropertySetInfo;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.text.XTextDocument;
import java.time.LocalDate;

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
        String v = Uno.string(props.getPropertyValue(AGENCY));
        return v == null ? "" : v;
    }

    /** The stored year, or null when none (or no number) is stored. */
    public static Integer year(XTextDocument doc) throws com.sun.star.uno.Exception {
        XPropertySet props = userProperties(doc);
        if (!props.getPropertySetInfo().hasPropertyByName(YEAR)) return null;
        String v = Uno.string(props.getPropertyValue(YEAR));
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
