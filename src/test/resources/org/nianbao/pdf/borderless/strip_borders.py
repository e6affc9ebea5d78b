"""Prints .odt reports to PDF with LibreOffice after removing table borders (fixtures of PdfDocumentReader).

    /usr/bin/python3 strip_borders.py PORT MODE IN.odt... OUTDIR

Connects to a soffice listening on PORT (started by make-fixtures.sh). MODE: "none" removes every border of every
table cell; "outer" keeps only each table's outer box (partly bordered, as WPS exports often are).
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
        if mode == "outer":
            tb = t.getPropertyValue("TableBorder2")
            for side in ("LeftLine", "RightLine", "TopLine", "BottomLine"):
                setattr(tb, side, line(18))
                setattr(tb, "Is" + side + "Valid", True)
            for side in ("HorizontalLine", "VerticalLine"):
                setattr(tb, side, line(0))
                setattr(tb, "Is" + side + "Valid", True)
            t.setPropertyValue("TableBorder2", tb)


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
