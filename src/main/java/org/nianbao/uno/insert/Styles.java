package org.nianbao.uno.insert;

import org.nianbao.core.style.HouseStyle;
import org.nianbao.uno.Uno;
import com.sun.star.beans.XMultiPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNameContainer;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.style.LineSpacing;
import com.sun.star.style.LineSpacingMode;
import com.sun.star.style.ParagraphAdjust;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our paragraph styles, created when missing (an existing style is left as the user made it, so users
 * restyle by editing the style). Names, sizes and spacing are those of the .odt template.
 */
public final class Styles {

    private Styles() {
    }

    static void ensure(XComponentContext ctx, XTextDocument doc) throws com.sun.star.uno.Exception {
        XNameAccess families = Uno.q(XStyleFamiliesSupplier.class, doc).getStyleFamilies();
        XNameContainer paragraphStyles = Uno.q(XNameContainer.class, families.getByName("ParagraphStyles"));
        if (paragraphStyles.hasByName(HouseStyle.STYLE_TITLE) && paragraphStyles.hasByName(HouseStyle.STYLE_HEADING) && paragraphStyles.hasByName(HouseStyle.STYLE_BODY)
                && paragraphStyles.hasByName(HouseStyle.STYLE_GUIDANCE) && paragraphStyles.hasByName(HouseStyle.STYLE_TABLE_LABEL)
                && paragraphStyles.hasByName(HouseStyle.STYLE_TABLE_VALUE)) {
            return;
        }
        Fonts fonts = Fonts.detect(ctx);
        XMultiServiceFactory factory = Uno.q(XMultiServiceFactory.class, doc);

        Map<String, Object> title = text(fonts.title, 22);
        title.put("ParaAdjust", ParagraphAdjust.CENTER);
        title.put("ParaBottomMargin", 600);
        title.put("ParaKeepTogether", true);
        create(factory, paragraphStyles, HouseStyle.STYLE_TITLE, title);

        Map<String, Object> heading = text(fonts.heading, 16);
        heading.put("ParaFirstLineIndent", 1130);
        heading.put("ParaTopMargin", 300);
        heading.put("ParaBottomMargin", 100);
        heading.put("ParaKeepTogether", true);
        heading.put("ParaLineSpacing", fixedLine(990));
        heading.put("OutlineLevel", (short) 1);
        create(factory, paragraphStyles, HouseStyle.STYLE_HEADING, heading);

        Map<String, Object> body = text(fonts.body, 16);
        body.put("ParaFirstLineIndent", 1130);
        body.put("ParaAdjust", ParagraphAdjust.BLOCK);
        body.put("ParaLineSpacing", fixedLine(990));
        create(factory, paragraphStyles, HouseStyle.STYLE_BODY, body);

        Map<String, Object> guidance = text(fonts.body, 12);
        guidance.put("ParaFirstLineIndent", 850);
        guidance.put("ParaAdjust", ParagraphAdjust.BLOCK);
        guidance.put("ParaBottomMargin", 200);
        guidance.put("CharColor", 0x595959);
        create(factory, paragraphStyles, HouseStyle.STYLE_GUIDANCE, guidance);

        for (String name : new String[] {HouseStyle.STYLE_TABLE_LABEL, HouseStyle.STYLE_TABLE_VALUE}) {
            Map<String, Object> cell = text(fonts.body, 10.5f);
            cell.put("ParaAdjust", ParagraphAdjust.CENTER);
            cell.put("ParaFirstLineIndent", 0);
            create(factory, paragraphStyles, name, cell);
        }
    }

    private static Map<String, Object> text(String font, float sizePt) {
        Map<String, Object> p = new TreeMap<>();
        p.put("CharFontName", font);
        p.put("CharFontNameAsian", font);
        p.put("CharHeight", sizePt);
        p.put("CharHeightAsian", sizePt);
        p.put("ParaTopMargin", 0);
        p.put("ParaBottomMargin", 0);
        return p;
    }

    private static LineSpacing fixedLine(int hundredthMm) {
        LineSpacing s = new LineSpacing();
        s.Mode = LineSpacingMode.FIX;
        s.Height = (short) hundredthMm;
        return s;
    }

    private static void create(XMultiServiceFactory factory, XNameContainer family, String name, Map<String, Object> props)
            throws com.sun.star.uno.Exception {
        if (family.hasByName(name)) return;
        Object style = factory.createInstance("com.sun.star.style.ParagraphStyle");
        family.insertByName(name, style);
        Uno.q(com.sun.star.style.XStyle.class, style).setParentStyle("Standard");
        // one bridge call for all properties (names sorted, as XMultiPropertySet requires)
        Uno.q(XMultiPropertySet.class, style).setPropertyValues(
                props.keySet().toArray(new String[0]), props.values().toArray());
    }
}
