package org.nianbao.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each source file of src/main/java refers to: its imports (static too) and the fully qualified names
 * written in its code ({@code org.nianbao.x.…}, {@code com.sun.star.…}, {@code org.odftoolkit.…}), with comments
 * and string literals removed first, so that a name in a comment or a message is not a dependency.
 */
final class SourceImports {
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:org|com|javax|java)\\.[a-z][\\w]*(?:\\.[a-z][\\w]*)*)\\.[A-Z]");

    /** One source file: its package and every name it refers to. */
    static final class Unit {
        final Path file;
        final String pkg;
        final Set<String> references;

        Unit(Path file, String pkg, Set<String> references) {
            this.file = file;
            this.pkg = pkg;
            this.references = references;
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    private SourceImports() {
    }

    /** Every .java file under {@code root}. */
    static List<Unit> scan(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Unit> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                out.add(parse(root.relativize(f), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Unit parse(Path file, String source) {
        String code = stripCommentsAndStrings(source);
        Matcher pm = PACKAGE.matcher(code);
        String pkg = pm.find() ? pm.group(1) : "";
        Set<String> refs = new LinkedHashSet<>();
        Matcher im = IMPORT.matcher(code);
        while (im.find()) refs.add(im.group(1));
        String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll("");
        Matcher qm = QUALIFIED.matcher(body);
        while (qm.find()) refs.add(qm.group(1));
        return new Unit(file, pkg, refs);
    }

    /** Comments and the contents of string and char literals (text blocks too) replaced by blanks. */
    static String stripCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The top-level package of a name under org.nianbao ("core" for org.nianbao.core.rules.Checker), or null. */
    static String topLevel(String name) {
        if (!name.startsWith("org.nianbao.")) return null;
        String rest = name.substring("org.nianbao.".length());
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        return first.isEmpty() || Character.isUpperCase(first.charAt(0)) ? null : first;
    }

    /** Top-level package → the other top-level packages its files refer to. */
    static Map<String, Set<String>> packageGraph(List<Unit> units) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Unit u : units) {
            String from = topLevel(u.pkg + ".X");
            if (from == null) continue;
            Set<String> to = g.computeIfAbsent(from, k -> new LinkedHashSet<>());
            for (String r : u.references) {
                String t = topLevel(r);
                if (t != null && !t.equals(from)) to.add(t);
            }
        }
        return g;
    }

    /** A cycle of the graph as a path (a → b → a), or null when it has none. */
    static List<String> cycle(Map<String, Set<String>> g) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
        for (String start : g.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, g, state, path);
            if (found != null) return found;
        }
        return null;
    }

    private static List<String> visit(String n, Map<String, Set<String>> g, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(n);
        if (s != null && s == 2) return null;
        if (s != null && s == 1) {
            List<String> c = new ArrayList<>(path.subList(path.indexOf(n), path.size()));
            c.add(n);
            return c;
        }
        state.put(n, 1);
        path.add(n);
        for (String m : g.getOrDefault(n, Set.of())) {
            List<String> c = visit(m, g, state, path);
            if (c != null) return c;
        }
        path.remove(path.size() - 1);
        state.put(n, 2);
        return null;
    }
}
