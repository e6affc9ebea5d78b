package org.nianbao.html;

import java.util.List;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.GridCell;

/**
 * A report as a government site publishes a page saved from Word: Office's HTML (o: namespace, mso- styles,
 * {@code <o:p>}, conditional comments, MsoNormal paragraphs, {@code &nbsp;} in empty cells) inside the site's
 * navigation, header and footer. Written from a {@link DocumentContent} (the .odt of the same report).
 */
public final class OfficeHtml {
    private OfficeHtml() {
    }

    /** The page; {@code charsetLabel} null writes no meta charset (the encoding must then be detected). */
    public static String page(DocumentContent content, String charsetLabel) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
                + "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n");
        if (charsetLabel != null) b.append("<meta http-equiv=Content-Type content=\"text/html; charset=").append(charsetLabel).append("\">\n");
        b.append("<meta name=Generator content=\"Microsoft Word 15\">\n<title>政府信息公开年报_某某网站</title>\n"
                + "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>user</o:Author></o:DocumentProperties></xml><![endif]-->\n"
                + "<style>\n<!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm; font-size:10.5pt; font-family:等线;}\n"
                + "@page WordSection1 {size:595.3pt 841.9pt; mso-header-margin:42.55pt;} -->\n</style>\n"
                + "<script>var _hmt = _hmt || []; document.write('统计代码');</script>\n</head>\n"
                + "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
                + "<div class=\"header\"><a href=\"/\">首页</a> | <a href=\"/zwgk/\">政务公开</a> | <a href=\"/hdjl/\">互动交流</a></div>\n"
                + "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政府信息公开</a> &gt; 年度报告</div>\n"
                + "<div class=\"article\"><div class=WordSection1 style='layout-grid:15.6pt'>\n");
        boolean first = true;
        for (Block block : content.blocks) {
            if (block.isTable()) table(b, block.table.rows);
            else paragraph(b, block.text, first, block.outlineLevel);
            first = false;
        }
        b.append("<p class=MsoNormal><span lang=EN-US style='display:none;mso-hide:all'>隐藏的文字 999<o:p></o:p></span></p>\n");
        b.append("</div></div>\n<div class=\"footer\">主办单位：某某县人民政府办公室 <br>ICP备案号：某ICP备12345678号</div>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void paragraph(StringBuilder b, String text, boolean title, int level) {
        if (title) {
            b.append("<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
                    + "font-family:方正小标宋简体;mso-hansi-font-family:宋体'>").append(esc(text)).append("<o:p></o:p></span></b></p>\n");
        } else if (level > 0) {
            b.append("<p class=MsoNormal style='text-indent:32.0pt;mso-outline-level:1'><span style='font-family:黑体'>")
                    .append(esc(text)).append("<span lang=EN-US><o:p></o:p></span></span></p>\n");
        } else if (text.isEmpty()) {
            b.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n");
        } else {
            b.append("<p class=MsoNormal style='text-indent:32.0pt'><![if !supportLists]><span lang=EN-US style='mso-list:Ignore'>"
                    + "</span><![endif]><span style='font-family:仿宋_GB2312'>").append(esc(text)).append("</span><span lang=EN-US><o:p></o:p></span></p>\n");
        }
    }

    private static void table(StringBuilder b, List<List<GridCell>> rows) {
        b.append("<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600\n"
                + " style='border-collapse:collapse;mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n");
        int i = 0;
        for (List<GridCell> row : rows) {
            b.append(" <tr style='mso-yfti-irow:").append(i++).append(";height:20.0pt'>\n");
            for (GridCell c : row) {
                b.append("  <td");
                if (c.colspan > 1) b.append(" colspan=").append(c.colspan);
                if (c.rowspan > 1) b.append(" rowspan=").append(c.rowspan);
                b.append(" valign=center style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>\n");
                String[] paras = c.text.split("\n", -1);
                for (String p : paras) {
                    if (p.isEmpty()) b.append("  <p class=MsoNormal align=center><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n");
                    else b.append("  <p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.0pt'>")
                            .append(esc(p)).append("<span lang=EN-US><o:p></o:p></span></span></p>\n");
                }
                b.append("  </td>\n");
            }
            b.append(" </tr>\n");
        }
        b.append("</table></div>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\t", " ");
    }
}
