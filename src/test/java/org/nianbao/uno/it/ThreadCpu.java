package org.nianbao.uno.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the office's threads by thread name, from /proc (Linux; clock ticks of 10 ms), summed over the
 * intervals {@link #add}ed: where a Save's CPU goes with and without the save path (issue 8). Threads that ended
 * within an interval are counted under "(ended threads)" from the process's total.
 */
final class ThreadCpu {
    private static final String ENDED = "(ended threads)";
    private final Map<String, Long> ticks = new TreeMap<>();

    /** The office's threads now: name → utime + stime in ticks, plus "(process)" for the soffice.bin total. */
    static Map<String, Long> of(OfficeRunner office) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (ProcessHandle h : office.processes()) {
            if (!h.info().command().orElse("").endsWith("soffice.bin")) continue;
            Path proc = Paths.get("/proc", Long.toString(h.pid()));
            out.put("(process)", times(proc.resolve("stat")));
            try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    try {
                        String name = Files.readString(t.resolve("comm")).trim().replaceAll("\\d+$", "#");
                        out.merge(name, times(t.resolve("stat")), Long::sum);
                    } catch (IOException ended) {
                        // the thread ended while we read
                    }
                }
            }
        }
        return out;
    }

    private static long times(Path stat) throws IOException {
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    /** Adds what each thread used between two readings. */
    void add(Map<String, Long> before, Map<String, Long> after) {
        long live = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            if (e.getKey().equals("(process)")) continue;
            long d = Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
            live += d;
            ticks.merge(e.getKey(), d, Long::sum);
        }
        long process = after.getOrDefault("(process)", 0L) - before.getOrDefault("(process)", 0L);
        ticks.merge(ENDED, Math.max(0, process - live), Long::sum);
    }

    /** Lines "thread  with  without" in ms per save, the threads that used at least 1 ms per save in either. */
    static List<String> compare(ThreadCpu with, ThreadCpu without, int saves) {
        List<String> out = new ArrayList<>();
        out.add(String.format("%-60s %8s %8s", "office CPU per Save by thread (ms, 10 ms ticks averaged)", "with", "without"));
        TreeMap<String, Long> names = new TreeMap<>(with.ticks);
        without.ticks.forEach(names::putIfAbsent);
        for (String name : names.keySet()) {
            double a = with.ticks.getOrDefault(name, 0L) * 10.0 / saves;
            double b = without.ticks.getOrDefault(name, 0L) * 10.0 / saves;
            if (a >= 1 || b >= 1) out.add(String.format(java.util.Locale.ROOT, "  %-58s %8.1f %8.1f", name, a, b));
        }
        return out;
    }
}
