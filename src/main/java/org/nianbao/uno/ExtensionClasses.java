package org.nianbao.uno;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the extension's own classes (the {@code org.nianbao.uno} packages) and the UNO types they name, ahead of
 * their first use (issue 8). The first deck opening in a fresh office spent 30–45 ms of its ≈ 110 ms in our code
 * loading the document's session classes (making a live document 20 ms, reading its snapshot property 11–22 ms),
 * and the first check, save and insert pay the same. The UNO types are read from our class files' constant
 * pools, so the list follows the code. Class loading only: no window, no call into the office.
 */
public final class ExtensionClasses {
    private static final String PACKAGE = "org/nianbao/uno/";
    private static final Pattern UNO_TYPE = Pattern.compile("com/sun/star/[A-Za-z0-9_/$]+");

    private ExtensionClasses() {
    }

    /** Loads and initialises our classes and the UNO types they name; returns how many were loaded. */
    public static int load() {
        ClassLoader loader = ExtensionClasses.class.getClassLoader();
        Set<String> ours = ours();
        Set<String> names = new TreeSet<>(ours);
        for (String name : ours) names.addAll(unoTypes(loader, name));
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, true, loader);
                loaded++;
            } catch (Throwable t) { // e.g. a type this office's jars lack: our code does not reach it either
                Log.info("preload: no class " + name + " (" + t + ")");
            }
        }
        return loaded;
    }

    /** Our classes' names (dotted), listed from the jar (or the classes folder) this class was loaded from. */
    static Set<String> ours() {
        Set<String> out = new TreeSet<>();
        try {
            Path source = Paths.get(ExtensionClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source.resolve(PACKAGE))) {
                    files.map(p -> source.relativize(p).toString().replace('\\', '/')).forEach(n -> addClass(out, n));
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) addClass(out, e.nextElement().getName());
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            Log.info("preload: cannot list the extension's classes (" + e + ")");
        }
        return out;
    }

    private static void addClass(Set<String> out, String entry) {
        if (entry.startsWith(PACKAGE) && entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
            out.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
        }
    }

    /** The UNO types (dotted names) a class file mentions: its class references and its descriptors. */
    static Set<String> unoTypes(ClassLoader loader, String className) {
        Set<String> out = new TreeSet<>();
        try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (in == null) return out;
            for (String s : utf8Constants(new DataInputStream(in))) {
                Matcher m = UNO_TYPE.matcher(s);
                while (m.find()) out.add(m.group().replace('/', '.'));
            }
        } catch (IOException e) {
            Log.info("preload: cannot read " + className + " (" + e + ")");
        }
        return out;
    }

    /** The UTF-8 strings of a class file's constant pool (JVMS §4.4). */
    static Set<String> utf8Constants(DataInputStream in) throws IOException {
        Set<String> out = new TreeSet<>();
        if (in.readInt() != 0xCAFEBABE) return out;
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: out.add(in.readUTF()); break; // Utf8
                case 7: case 8: case 16: case 19: case 20: in.skipBytes(2); break; // Class, String, MethodType, Module, Package
                case 15: in.skipBytes(3); break; // MethodHandle
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: in.skipBytes(4); break;
                case 5: case 6: in.skipBytes(8); i++; break; // Long and Double take two entries
                default: return out; // an unknown constant: stop, keep what was read
            }
        }
        return out;
    }
}
