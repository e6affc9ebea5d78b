package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built target/nianbao.oxt: complete, consistent, small, and only our code. */
class OxtPackageIT {
    private final Path oxt = OfficeRunner.builtExtension();

    private Map<String, byte[]> entries() throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(oxt.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.isDirectory()) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void smallAndOnlyOurCode() throws Exception {
        assertTrue(Files.size(oxt) < 1_000_000, "size " + Files.size(oxt));
        Map<String, byte[]> e = entries();
        byte[] jar = e.get("nianbao.jar");
        assertNotNull(jar);
        List<String> classes = new ArrayList<>();
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            manifest = in.getManifest();
            for (ZipEntry z; (z = in.getNextEntry()) != null; ) if (!z.isDirectory()) classes.add(z.getName());
        }
        assertEquals("org.nianbao.uno.boot.Registration", manifest.getMainAttributes().getValue("RegistrationClassName"));
        for (String c : classes) {
            assertTrue(c.startsWith("org/nianbao/core/") || c.startsWith("org/nianbao/uno/") || c.startsWith("META-INF/"), c);
        }
        assertTrue(classes.contains("org/nianbao/core/messages_zh.properties"));
        assertTrue(classes.contains("org/nianbao/uno/ui_zh.properties"));
        assertTrue(classes.contains("org/nianbao/core/rules/Checker.class"));
        for (String name : e.keySet()) assertFalse(name.endsWith(".jar") && !name.equals("nianbao.jar"), name);
    }

    @Test
    void descriptionAndUpdateFeedCarryTheBuildsVersionAndUrl() throws Exception {
        Map<String, byte[]> e = entries();
        Document d = xml(e.get("description.xml"));
        String version = System.getProperty("nianbao.version");
        Element v = (Element) d.getElementsByTagNameNS("*", "version").item(0);
        assertEquals(version, v.getAttribute("value"));
        Element id = (Element) d.getElementsByTagNameNS("*", "identifier").item(0);
        assertEquals("org.nianbao.writer", id.getAttribute("value"));
        Element min = (Element) d.getElementsByTagNameNS("http://libreoffice.org/extensions/description/2011",
                "LibreOffice-minimal-version").item(0);
        assertEquals("7.4", min.getAttribute("value"));
        Element update = (Element) ((Element) d.getElementsByTagNameNS("*", "update-information").item(0))
                .getElementsByTagNameNS("*", "src").item(0);
        assertEquals(System.getProperty("nianbao.update.url"), update.getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        for (String tag : new String[] {"name", "src", "license-text"}) {
            NodeList l = d.getElementsByTagNameNS("*", tag);
            List<String> langs = new ArrayList<>();
            for (int i = 0; i < l.getLength(); i++) {
                String lang = ((Element) l.item(i)).getAttribute("lang");
                if (!lang.isEmpty()) langs.add(lang);
            }
            if (!langs.isEmpty()) assertTrue(langs.contains("en-US") && langs.contains("zh-CN"), tag + " " + langs);
        }
        // every file the description names is in the package
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String href = ((Element) all.item(i)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
            if (!href.isEmpty() && !href.contains(":")) assertTrue(e.containsKey(href), "missing " + href);
        }

        Document u = xml(Files.readAllBytes(Paths.get("target", "update.xml")));
        assertEquals(version, ((Element) u.getElementsByTagNameNS("*", "version").item(0)).getAttribute("value"));
        assertEquals("org.nianbao.writer", ((Element) u.getElementsByTagNameNS("*", "identifier").item(0)).getAttribute("value"));
        String download = ((Element) ((Element) u.getElementsByTagNameNS("*", "update-download").item(0))
                .getElementsByTagNameNS("*", "src").item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
        String base = System.getProperty("nianbao.update.url").replaceAll("update\\.xml$", "");
        assertEquals(base + "nianbao.oxt", download);
    }

    @Test
    void manifestListsEverythingThatIsRegistered() throws Exception {
        Map<String, byte[]> e = entries();
        Document m = xml(e.get("META-INF/manifest.xml"));
        NodeList files = m.getElementsByTagNameNS("*", "file-entry");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            String p = ((Element) files.item(i)).getAttributeNS("http://openoffice.org/2001/manifest", "full-path");
            assertTrue(e.containsKey(p), "manifest names a missing file: " + p);
            paths.add(p);
        }
        assertTrue(paths.contains("nianbao.components"));
        for (String name : e.keySet()) {
            if (name.startsWith("registry/") && name.endsWith(".xcu")) assertTrue(paths.contains(name), "not in the manifest: " + name);
        }
        Document c = xml(e.get("nianbao.components"));
        Element component = (Element) c.getElementsByTagNameNS("*", "component").item(0);
        assertEquals("nianbao.jar", component.getAttribute("uri"));
        assertEquals("com.sun.star.loader.Java2", component.getAttribute("loader"));
    }

    @Test
    void everyLocalisedRegistryValueHasEnglishAndChinese() throws Exception {
        for (Map.Entry<String, byte[]> e : entries().entrySet()) {
            if (!e.getKey().endsWith(".xcu")) continue;
            NodeList props = xml(e.getValue()).getElementsByTagNameNS("*", "prop");
            for (int i = 0; i < props.getLength(); i++) {
                NodeList values = ((Element) props.item(i)).getElementsByTagNameNS("*", "value");
                List<String> langs = new ArrayList<>();
                for (int k = 0; k < values.getLength(); k++) {
                    String lang = ((Element) values.item(k)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
                    if (!lang.isEmpty()) langs.add(lang);
                }
                if (!langs.isEmpty()) {
                    assertTrue(langs.contains("en-US") && langs.contains("zh-CN"), e.getKey() + ": " + langs);
                }
            }
        }
    }
}
