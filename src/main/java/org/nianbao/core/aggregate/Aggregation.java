package org.nianbao.core.aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The outcome of summing units' reports: the sums by cell key, each unit's status, and the units missing. */
public final class Aggregation {
    /** Why a unit is or is not in the sums. */
    public enum Status {
        /** Summed. */
        INCLUDED,
        /** Summed although it has errors or another year (--force). */
        FORCED,
        /** Not summed: errors in its tables. */
        REFUSED_ERRORS,
        /** Not summed: another report year. */
        REFUSED_YEAR
    }

    /** One unit's line in the provenance table. */
    public static final class Unit {
        public final UnitReport report;
        public final Status status;
        /** The unit's error count and year, for the status text. */
        public final int errors;
        public final Integer year;

        Unit(UnitReport report, Status status) {
            this.report = report;
            this.status = status;
            this.errors = report.evaluation.errorCount();
            this.year = report.report.year();
        }

        public boolean summed() {
            return status == Status.INCLUDED || status == Status.FORCED;
        }
    }

    public final Integer year;
    public final List<Unit> units;
    /** Every cell of the schema: inputs summed over the summed units, totals computed from those sums. */
    public final Map<String, BigDecimal> values;
    /** Names from the unit list with no report. */
    public final List<String> missing;

    Aggregation(Integer year, List<Unit> units, Map<String, BigDecimal> values, List<String> missing) {
        this.year = year;
        this.units = List.copyOf(units);
        this.values = Map.copyOf(values);
        this.missing = List.copyOf(missing);
    }

    public long summedCount() {
        return units.stream().filter(Unit::summed).count();
    }

    public boolean anyRefused() {
        return units.stream().anyMatch(u -> !u.summed());
    }
}
