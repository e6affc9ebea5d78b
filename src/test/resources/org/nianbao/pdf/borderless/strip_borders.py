"""Prints .odt reports to PDF with LibreOffice after removing table borders (fixtures of PdfDocumentReader).

    /usr/bin/python3 strip_borders.py PORT MODE IN.odt... OUTDIR

Connects to a soffice listening on PORT (started by make-fixtures.sh). MODE: "none" removes every border of every
table cell; "rules" keeps only horizontal rules (partly bordered: no vertical line at all); "shifted" is "none" with
two value cells moved off their slots (the first figure of 三's 1.属于国家秘密 pushed down between rows by a space
above its paragraph, 二's 行政处罚 figure left-aligned in its wide cell, away from its column's label).
"""
import os
import sys

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import BorderLine2


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def line(width):
    b = BorderLine2()
    b.OuterLineWidth = width
    b.LineWidth = width
    return b


def strip(doc, mode):
    tables = doc.getTextTables()
    for i in range(tables.getCount()):
        t = tables.getByIndex(i)
        for name in t.getCellNames():
            c = t.getCellByName(name)
            for side in ("LeftBorder", "RightBorder", "TopBorder", "BottomBorder"):
                c.setPropertyValue(side, line(0))
            if mode == "rules":
                c.setPropertyValue("TopBorder", line(18))
                c.setPropertyValue("BottomBorder", line(18))
        if mode == "shifted":
            shift(t, "1.属于国家秘密", "ParaTopMargin", 1500)
            shift(t, "行政处罚", "ParaAdjust", 0)


def shift(table, label, prop_name, value):
    """Sets a paragraph property of the first value cell right of the cell holding label (same row)."""
    names = list(table.getCellNames())
    for name in names:
        if table.getCellByName(name).getString() != label:
            continue
        row = "".join(ch for ch in name if ch.isdigit())
        same = [n for n in names if "".join(ch for ch in n if ch.isdigit()) == row]
        value_cell = table.getCellByName(same[same.index(name) + 1])
        paragraphs = value_cell.getText().createEnumeration()
        while paragraphs.hasMoreElements():
            paragraphs.nextElement().setPropertyValue(prop_name, value)


def main():
    port, mode, files, outdir = sys.argv[1], sys.argv[2], sys.argv[3:-1], sys.argv[-1]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext" % port)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    for f in files:
        url = uno.systemPathToFileUrl(os.path.abspath(f))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        strip(doc, mode)
        name = os.path.splitext(os.path.basename(f))[0] + "-" + mode + ".pdf"
        out = uno.systemPathToFileUrl(os.path.abspath(os.path.join(outdir, name)))
        doc.storeToURL(out, (prop("FilterName", "writer_pdf_Export"),))
        doc.close(True)
        print("wrote", name)


main()
