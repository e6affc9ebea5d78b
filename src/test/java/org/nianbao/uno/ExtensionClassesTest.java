package org.nianbao.uno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtensionClassesTest {
    @Test
    void listsOurUnoSideClassesOnly() {
        Set<String> ours = ExtensionClasses.ours();
        assertTrue(ours.contains("org.nianbao.uno.doc.UnoLiveDocument"), ours.toString());
        assertTrue(ours.contains("org.nianbao.uno.ui.sidebar.PanelFactory"), ours.toString());
        assertTrue(ours.stream().anyMatch(n -> n.contains("$")), "nested classes too");
        assertTrue(ours.stream().allMatch(n -> n.startsWith("org.nianbao.uno.")), ours.toString());
    }

    @Test
    void findsTheUnoTypesAClassUses() {
        Set<String> types = ExtensionClasses.unoTypes(getClass().getClassLoader(), "org.nianbao.uno.ui.sidebar.PanelFactory");
        assertTrue(types.contains("com.sun.star.ui.XUIElementFactory"), types.toString());
        assertTrue(types.contains("com.sun.star.awt.XWindow"), types.toString());
        assertTrue(types.contains("com.sun.star.beans.PropertyValue"), types.toString());
        assertTrue(types.stream().allMatch(t -> t.startsWith("com.sun.star.")), types.toString());
    }

    @Test
    void loadsOurClassesAndTheUnoTypesTheyName() {
        int ours = ExtensionClasses.ours().size();
        int loaded = ExtensionClasses.load();
        assertTrue(loaded > ours + 100, "loaded " + loaded + " of which ours " + ours);
    }

    @Test
    void readsLongAndDoubleConstantsAsTwoEntries() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(55);
        out.writeShort(5); // entries 1..4: a Long (two entries), a Utf8, a Class
        out.writeByte(5);
        out.writeLong(42);
        out.writeByte(1);
        out.writeUTF("Lcom/sun/star/awt/XButton;");
        out.writeByte(7);
        out.writeShort(3);
        Set<String> s = ExtensionClasses.utf8Constants(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(Set.of("Lcom/sun/star/awt/XButton;"), s);
    }
}
