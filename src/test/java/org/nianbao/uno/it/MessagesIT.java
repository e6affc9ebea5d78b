package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XChangesBatch;
import org.junit.jupiter.api.Test;

/** Messages follow LibreOffice's UI language; commands outside Writer say so; the deck command is harmless. */
class MessagesIT {

    @Test
    void messagesFollowTheUiLanguage() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        String before = setUiLocale(office, "zh-CN");
        XTextDocument doc = office.newWriterDocument();
        try {
            office.dispatch(doc, "nianbao:insert?part=table-3");
            DispatchResultEvent r = office.dispatch(doc, "nianbao:insert?part=table-3");
            assertEquals(DispatchResultState.FAILURE, r.State);
            assertEquals("文档中已有表三，未重复插入。", r.Result);
        } finally {
            office.close(doc);
            setUiLocale(office, before);
        }
    }

    @Test
    void outsideWriterTheCommandSaysSo() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        // a frame without a document (no module but Writer is sure to be installed)
        com.sun.star.frame.XFrame frame = UnoRuntime.queryInterface(com.sun.star.frame.XFrame.class,
                office.createInstance("com.sun.star.frame.Frame"));
        com.sun.star.awt.XToolkit toolkit = UnoRuntime.queryInterface(com.sun.star.awt.XToolkit.class,
                office.createInstance("com.sun.star.awt.Toolkit"));
        com.sun.star.awt.WindowDescriptor wd = new com.sun.star.awt.WindowDescriptor();
        wd.Type = com.sun.star.awt.WindowClass.TOP;
        wd.WindowServiceName = "window";
        wd.Bounds = new com.sun.star.awt.Rectangle(0, 0, 200, 100);
        wd.WindowAttributes = com.sun.star.awt.WindowAttribute.BORDER;
        com.sun.star.awt.XWindow window = UnoRuntime.queryInterface(com.sun.star.awt.XWindow.class, toolkit.createWindow(wd));
        frame.initialize(window);
        UnoRuntime.queryInterface(com.sun.star.frame.XFramesSupplier.class, office.desktop()).getFrames().append(frame);
        try {
            com.sun.star.frame.XDispatchHelper helper = UnoRuntime.queryInterface(com.sun.star.frame.XDispatchHelper.class,
                    office.createInstance("com.sun.star.frame.DispatchHelper"));
            Object result = helper.executeDispatch(UnoRuntime.queryInterface(com.sun.star.frame.XDispatchProvider.class, frame),
                    "nianbao:insert?part=report", "", 0, new PropertyValue[0]);
            if (result instanceof com.sun.star.uno.Any) result = ((com.sun.star.uno.Any) result).getObject();
            DispatchResultEvent r = (DispatchResultEvent) result;
            assertEquals(DispatchResultState.FAILURE, r.State);
            assertEquals("This command works only in a Writer text document.", r.Result);
        } finally {
            office.close(frame);
        }
    }

    @Test
    void openDeckIsHarmlessHeadless() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:open-deck").State);
        } finally {
            office.close(doc);
        }
    }

    /** Sets /org.openoffice.Setup/L10N/ooLocale in the running office; returns the previous value. */
    static String setUiLocale(OfficeRunner office, String locale) throws Exception {
        XMultiServiceFactory provider = UnoRuntime.queryInterface(XMultiServiceFactory.class,
                office.createInstance("com.sun.star.configuration.ConfigurationProvider"));
        Object access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                new Object[] {OfficeRunner.prop("nodepath", "/org.openoffice.Setup/L10N")});
        try {
            XPropertySet props = UnoRuntime.queryInterface(XPropertySet.class, access);
            String before = String.valueOf(props.getPropertyValue("ooLocale"));
            props.setPropertyValue("ooLocale", locale);
            UnoRuntime.queryInterface(XChangesBatch.class, access).commitChanges();
            return before;
        } finally {
            UnoRuntime.queryInterface(XComponent.class, access).dispose();
        }
    }
}
