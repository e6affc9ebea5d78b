package org.nianbao.launch;

import com.sun.star.container.XEnumeration;
import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XModifiable;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.ReportInfo;

/**
 * The README's main job, run by {@code mvn -B -q package -DskipTests exec:exec@start} after the build:
 * writes a generated, filled sample report with one deliberate mistake (target/demo/), then
 * <ul>
 * <li>with a display (DISPLAY or WAYLAND_DISPLAY set): starts Writer on it with the built extension in a
 *     throw-away profile, opens the sample report, checks it and opens the 政务公开年报 deck; it keeps
 *     running until Writer is closed (all its windows), then removes the profile;</li>
 * <li>without a display: says so, and runs the checker on the sample report instead, printing the
 *     findings.</li>
 * </ul>
 * Messages in Chinese; {@code -Dnianbao.lang=en} for English. {@code -Dnianbao.uiLocale=zh-CN} sets
 * Writer's UI language in the throw-away profile (default: the system's); {@code -Dnianbao.office=…/program/soffice}
 * another LibreOffice than the system's ({@link Installation}).
 */
public final class Start {
    static final String AGENCY = "示例市司法局";
    static final int YEAR = 2024;
    /** The deliberate mistake: 表三 一、本年新收 / 总计, one more than the sum of its row. */
    static final String MISTAKE_KEY = "apply.new.total";

    private Start() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(System.getenv(), new PrintStream(System.out, true, StandardCharsets.UTF_8), null);
        } catch (Throwable t) {
            t.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    /**
     * @param shown called once Writer shows the checked sample report with the deck open, with the office and
     *              the document (tests take a screenshot and close the document there); null: nothing
     * @return the exit code
     */
    static int run(Map<String, String> env, PrintStream out, BiConsumer<Office, XTextDocument> shown) throws Exception {
        boolean zh = !"en".equals(System.getProperty("nianbao.lang"));
        Path sample = writeSample(Paths.get("target", "demo"));
        String display = nonEmpty(env.get("DISPLAY")) != null ? env.get("DISPLAY") : nonEmpty(env.get("WAYLAND_DISPLAY"));
        if (display == null) {
            out.println(zh ? "没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置），不启动 Writer。改为用检查器检查生成的示例报告："
                    : "No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so Writer is not started. "
                            + "Checking a generated sample report instead:");
            return printCheck(sample, zh, out);
        }
        return runWriter(env, sample, zh, out, shown);
    }

    /** The sample report: figures that balance, then one total off by one. */
    static Path writeSample(Path dir) throws Exception {
        Files.createDirectories(dir);
        Map<String, String> cells = SampleReport.balanced(new Random(YEAR), 12);
        cells.put(MISTAKE_KEY, Long.toString(Long.parseLong(cells.get(MISTAKE_KEY)) + 1));
        Path file = dir.resolve("sample-report-" + YEAR + ".odt").toAbsolutePath();
        SampleReport.filler(AGENCY, YEAR).fill(cells, file);
        return file;
    }

    static int printCheck(Path sample, boolean zh, PrintStream out) throws Exception {
        Report report = DocumentReader.read(OdfDocumentReader.read(sample));
        Evaluation ev = Checker.check(report, null, Profile.national());
        out.println(sample);
        out.println(zh ? String.format("%d 个错误，%d 个警告，%d 条提示", ev.errorCount(), ev.warningCount(), ev.infoCount())
                : String.format("%d errors, %d warnings, %d notes", ev.errorCount(), ev.warningCount(), ev.infoCount()));
        List<Finding> sorted = new ArrayList<>(ev.findings());
        sorted.sort(Finding.DOCUMENT_ORDER);
        for (Finding f : sorted) out.println("  " + severity(f, zh) + " " + f.rule + " " + f.key + " — " + f.message(zh ? "zh" : "en"));
        out.println(zh ? "（示例报告中故意写错了一处：" + ReportSchema.get().cell(MISTAKE_KEY).displayZh() + "。）"
                : "(The sample report has one deliberate mistake: " + ReportSchema.get().cell(MISTAKE_KEY).displayEn() + ".)");
        return 0;
    }

    private static String severity(Finding f, boolean zh) {
        switch (f.severity) {
            case ERROR:
                return zh ? "【错误】" : "[error]";
            case WARNING:
                return zh ? "【警告】" : "[warning]";
            default:
                return zh ? "【提示】" : "[note]";
        }
    }

    private static int runWriter(Map<String, String> env, Path sample, boolean zh, PrintStream out,
                                 BiConsumer<Office, XTextDocument> shown) throws Exception {
        Office.Options options = new Office.Options().onCurrentDisplay();
        for (String name : new String[] {"DISPLAY", "WAYLAND_DISPLAY"}) if (nonEmpty(env.get(name)) != null) options.env(name, env.get(name));
        String locale = System.getProperty("nianbao.uiLocale");
        if (locale != null && !locale.isBlank()) options.uiLocale(locale);
        out.println(zh ? "正在启动 Writer（临时用户配置，安装刚构建的 target/nianbao.oxt）……"
                : "Starting Writer (throw-away profile, with the extension just built, target/nianbao.oxt) …");
        try (Office office = Office.start(options)) {
            office.installExtension(builtExtension());
            XTextDocument doc = office.open(sample);
            ReportInfo.setAgency(doc, AGENCY); // the 报告信息 panel shows what the title says
            ReportInfo.setYear(doc, YEAR);
            UnoRuntime.queryInterface(XModifiable.class, doc).setModified(false);
            office.dispatch(doc, "nianbao:open-deck");
            office.dispatch(doc, "nianbao:check");
            out.println(zh ? "Writer 已打开示例报告 " + sample + "，侧边栏“政务公开年报”已打开，检查结果在“校验”面板中。关闭 Writer 窗口即结束。"
                    : "Writer shows the sample report " + sample + " with the Annual Report deck open; the Check panel "
                            + "lists the findings. Close Writer's window to end.");
            if (shown != null) shown.accept(office, doc);
            waitUntilClosed(office);
        }
        out.println(zh ? "Writer 已关闭，临时配置已删除。" : "Writer closed; the throw-away profile was removed.");
        return 0;
    }

    /** Until no document is open any more (or the office went away). */
    private static void waitUntilClosed(Office office) throws InterruptedException {
        while (true) {
            try {
                XEnumeration e = office.desktop().getComponents().createEnumeration();
                boolean any = false;
                while (e.hasMoreElements()) {
                    if (UnoRuntime.queryInterface(XModel.class, e.nextElement()) != null) any = true;
                }
                if (!any) return;
            } catch (Exception gone) { // the office ended (File › Exit, killed)
                return;
            }
            Thread.sleep(1000);
        }
    }

    /** target/nianbao.oxt, or the system property nianbao.oxt (set by exec:exec@start). */
    static Path builtExtension() {
        Path p = Paths.get(System.getProperty("nianbao.oxt", "target/nianbao.oxt")).toAbsolutePath();
        if (!Files.isRegularFile(p)) throw new IllegalStateException("no extension at " + p + ": run mvn package first");
        return p;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
