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

    /**
     * The names the house styles have in this document: a style already there under either of its names
     * (English or Chinese, {@link HouseStyle#styleNames}) is used as it is; a missing one is created under its
     * name in the UI's language.
     */
    static final class Names {
        private final Map<String, String> byStyle;

        Names(Map<String, String> byStyle) {
            this.byStyle = byStyle;
        }

        /** The document's name of one of the {@code HouseStyle.STYLE_*} styles. */
        String of(String style) {
            String name = byStyle.get(style);
            if (name == null) throw new IllegalArgumentException("not a house style: " + style);
            return name;
        }
    }

    static final String[] ALL = {HouseStyle.STYLE_TITLE, HouseStyle.STYLE_HEADING, HouseStyle.STYLE_BODY,
        HouseStyle.STYLE_GUIDANCE, HouseStyle.STYLE_TABLE_LABEL, HouseStyle.STYLE_TABLE_VALUE};

    static Names ensure(XComponentContext ctx, XTextDocument doc, String lang) throws com.sun.star.uno.Exception {
        XNameAccess families = Uno.q(XStyleFamiliesSupplier.class, doc).getStyleFamilies();
        XNameContainer paragraphStyles = Uno.q(XNameContainer.class, families.getByName("ParagraphStyles"));
        Map<String, String> names = new TreeMap<>();
        boolean missing = false;
        for (String style : ALL) {
            String existing = null;
            for (String name : HouseStyle.styleNames(style)) if (existing == null && paragraphStyles.hasByName(name)) existing = name;
            missing |= existing == null;
            names.put(style, existing != null ? existing : HouseStyle.styleName(style, lang));
        }
        Names result = new Names(names);
        if (!missing) return result;
        Fonts fonts = Fonts.detect(ctx);
        XMultiServiceFactory factory = Uno.q(XMultiServiceFactory.class, doc);

        Map<String, Object> title = text(fonts.title, 22);
        title.put("ParaAdjust", ParagraphAdjust.CENTER);
        title.put("ParaBottomMargin", 600);
        title.put("ParaKeepTogether", true);
        create(factory, paragraphStyles, result.of(HouseStyle.STYLE_TITLE), title);

        Map<String, Object> heading = text(fonts.heading, 16);
        heading.put("ParaFirstLineIndent", 1130);
        heading.put("ParaTopMargin", 300);
        heading.put("ParaBottomMargin", 100);
        heading.put("ParaKeepTogether", true);
        heading.put("ParaLineSpacing", fixedLine(990));
        heading.put("OutlineLevel", (short) 1);
        boolean newHeading = create(factory, paragraphStyles, result.of(HouseStyle.STYLE_HEADING), heading);

        Map<String, Object> body = text(fonts.body, 16);
        body.put("ParaFirstLineIndent", 1130);
        body.put("ParaAdjust", ParagraphAdjust.BLOCK);
        body.put("ParaLineSpacing", fixedLine(990));
        create(factory, paragraphStyles, result.of(HouseStyle.STYLE_BODY), body);

        Map<String, Object> guidance = text(fonts.body, 12);
        guidance.put("ParaFirstLineIndent", 850);
        guidance.put("ParaAdjust", ParagraphAdjust.BLOCK);
        guidance.put("ParaBottomMargin", 200);
        guidance.put("CharColor", 0x595959);
        boolean newGuidance = create(factory, paragraphStyles, result.of(HouseStyle.STYLE_GUIDANCE), guidance);
        // Enter at the end of a heading or of a guidance paragraph starts body text, not another heading (outline
        // level 1: the clerk's text would be in the Navigator and the table of contents) or more grey guidance
        // (ClerkKeyboardIT); FollowStyle names a style that exists, so it is set once the body style is there
        // (only in a style created here: an existing one is left as the user made it)
        if (newHeading) Uno.set(paragraphStyles.getByName(result.of(HouseStyle.STYLE_HEADING)), "FollowStyle", result.of(HouseStyle.STYLE_BODY));
        if (newGuidance) Uno.set(paragraphStyles.getByName(result.of(HouseStyle.STYLE_GUIDANCE)), "FollowStyle", result.of(HouseStyle.STYLE_BODY));

        for (String name : new String[] {HouseStyle.STYLE_TABLE_LABEL, HouseStyle.STYLE_TABLE_VALUE}) {
            Map<String, Object> cell = text(fonts.body, 10.5f);
            cell.put("ParaAdjust", ParagraphAdjust.CENTER);
            cell.put("ParaFirstLineIndent", 0);
            create(factory, paragraphStyles, result.of(name), cell);
        }
        return result;
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

    /** Creates the style unless it exists; true when it was created. */
    private static boolean create(XMultiServiceFactory factory, XNameContainer family, String name, Map<String, Object> props)
            throws com.sun.star.uno.Exception {
        if (family.hasByName(name)) return false;
        Object style = factory.createInstance("com.sun.star.style.ParagraphStyle");
        family.insertByName(name, style);
        Uno.q(com.sun.star.style.XStyle.class, style).setParentStyle("Standard");
        // one bridge call for all properties (names sorted, as XMultiPropertySet requires)
        Uno.q(XMultiPropertySet.class, style).setPropertyValues(
                props.keySet().toArray(new String[0]), props.values().toArray());
        return true;
    }
}
