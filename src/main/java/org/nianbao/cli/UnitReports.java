package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.aggregate.UnitList;
import org.nianbao.core.aggregate.UnitReport;
import org.nianbao.core.model.Profile;

/** Units' reports below directories, read and checked one by one, and the list of units (UNITS.txt). */
final class UnitReports {
    final List<UnitReport> read = new ArrayList<>();
    final List<FileResult> unreadable = new ArrayList<>();
    final List<DocumentFiles.NotChecked> notChecked = new ArrayList<>();

    static UnitReports load(List<Path> dirs, Path exclude, CliText text) {
        UnitReports u = new UnitReports();
        DocumentFiles.Expansion found = DocumentFiles.expandAll(dirs);
        Path own = exclude == null ? null : exclude.toAbsolutePath().normalize();
        for (Path f : found.files) {
            if (own != null && f.toAbsolutePath().normalize().equals(own)) continue;
            FileResult r = ReportLoader.check(f, null, Profile.national(), text);
            if (r.readable()) u.read.add(new UnitReport(f.toString(), r.report, r.evaluation));
            else u.unreadable.add(r);
        }
        u.notChecked.addAll(found.notChecked);
        return u;
    }

    /** One unit name a line (see {@link UnitList}). */
    static List<String> names(Path units) throws IOException {
        return UnitList.read(units);
    }
}
