package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.XDispatchProvider;
import com.sun.star.lang.XInitialization;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.task.XJob;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The built .oxt installs into a throw-away profile, and every implementation it names (nianbao.components,
 * ProtocolHandler.xcu, Jobs.xcu) instantiates through the office's service manager.
 */
class RegistrationIT {

    @Test
    void extensionIsInstalled() throws Exception {
        assertTrue(OfficeRunner.shared().userExtensions().contains("org.nianbao.writer"),
                "installed extensions: " + OfficeRunner.shared().userExtensions());
    }

    @Test
    void everyNamedImplementationInstantiates() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        Set<String> names = new LinkedHashSet<>();
        names.addAll(componentImplementations());
        names.addAll(xcuValues(Paths.get("registry/ProtocolHandler.xcu"), "HandlerSet"));
        names.addAll(jobServices());
        assertFalse(names.isEmpty());
        for (String name : names) {
            Object o = office.createInstance(name);
            assertNotNull(o, name + " did not instantiate");
            XServiceInfo info = UnoRuntime.queryInterface(XServiceInfo.class, o);
            assertNotNull(info, name + " has no XServiceInfo");
            assertEquals(name, info.getImplementationName());
        }
    }

    @Test
    void protocolHandlerAnswersOurUrlsOnly() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        try {
            Object handler = office.createInstance("org.nianbao.uno.boot.ProtocolHandler");
            UnoRuntime.queryInterface(XInitialization.class, handler).initialize(new Object[] {OfficeRunner.frame(doc)});
            XDispatchProvider provider = UnoRuntime.queryInterface(XDispatchProvider.class, handler);
            for (String ok : List.of("nianbao:insert?part=report", "nianbao:insert?part=section-6",
                    "nianbao:insert?part=table-4", "nianbao:recompute", "nianbao:check", "nianbao:open-deck")) {
                assertNotNull(provider.queryDispatch(url(ok), "", 0), ok);
                XDispatchProvider frame = UnoRuntime.queryInterface(XDispatchProvider.class, OfficeRunner.frame(doc));
                assertNotNull(frame.queryDispatch(url(ok), "", 0), "the frame does not route " + ok);
            }
            for (String no : List.of("nianbao:insert?part=table-5", "nianbao:nothing", ".uno:Save")) {
                assertEquals(null, provider.queryDispatch(url(no), "", 0), no);
            }
        } finally {
            office.close(doc);
        }
    }

    @Test
    void startupJobRuns() throws Exception {
        Object job = OfficeRunner.shared().createInstance("org.nianbao.uno.boot.StartupJob");
        XJob x = UnoRuntime.queryInterface(XJob.class, job);
        assertNotNull(x);
        x.execute(new com.sun.star.beans.NamedValue[0]); // registers the save listener (once); must not throw
    }

    private static URL url(String complete) {
        URL u = new URL();
        u.Complete = complete;
        return u;
    }

    static List<String> componentImplementations() throws Exception {
        Document d = parse(Paths.get("extension/nianbao.components"));
        NodeList list = d.getElementsByTagNameNS("*", "implementation");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add(((Element) list.item(i)).getAttribute("name"));
        return out;
    }

    /** Names of the child nodes of the given set node. */
    static List<String> xcuValues(Path xcu, String setNode) throws Exception {
        Document d = parse(xcu);
        NodeList nodes = d.getElementsByTagName("node");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (!setNode.equals(e.getAttribute("oor:name"))) continue;
            NodeList children = e.getChildNodes();
            for (int k = 0; k < children.getLength(); k++) {
                if (children.item(k) instanceof Element) out.add(((Element) children.item(k)).getAttribute("oor:name"));
            }
        }
        return out;
    }

    static List<String> jobServices() throws Exception {
        Document d = parse(Paths.get("registry/Jobs.xcu"));
        NodeList props = d.getElementsByTagName("prop");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if ("Service".equals(p.getAttribute("oor:name"))) out.add(p.getTextContent().trim());
        }
        return out;
    }

    /** The titles of our menu's entries in one language, in menu order (separators left out). */
    static List<String> addonTitles(String lang) throws Exception {
        Document d = parse(Paths.get("registry/Addons.xcu"));
        NodeList nodes = d.getElementsByTagName("node");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            if (!isEntry(n)) continue;
            NodeList props = n.getElementsByTagName("prop");
            for (int k = 0; k < props.getLength(); k++) {
                Element p = (Element) props.item(k);
                if (!"Title".equals(p.getAttribute("oor:name"))) continue;
                NodeList values = p.getElementsByTagName("value");
                for (int v = 0; v < values.getLength(); v++) {
                    Element value = (Element) values.item(v);
                    if (lang.equals(value.getAttribute("xml:lang"))) out.add(value.getTextContent());
                }
            }
        }
        return out;
    }

    private static boolean isEntry(Element node) {
        return node.getParentNode() instanceof Element && "Submenu".equals(((Element) node.getParentNode()).getAttribute("oor:name"));
    }

    private static Document parse(Path p) throws Exception {
        assertTrue(Files.isRegularFile(p), p.toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(p.toFile());
    }
}
