/**
 * Totals and rules: {@link org.nianbao.core.rules.Checker#check} gives an
 * {@link org.nianbao.core.rules.Evaluation}. Rule ids and severities: {@link org.nianbao.core.rules.Rule}.
 *
 * <p>Decisions:
 * <ul>
 * <li>Every computed cell is compared with its value computed from the input cells
 *     ({@link org.nianbao.core.rules.Totals}), so one wrong leaf flags its row total, its column total and the
 *     grand total, and one wrong printed total flags only itself. The cell （七）总计 / 总计 is reported once,
 *     under R-IMP-1 (its value from the inputs is the same for the row and the column).</li>
 * <li>The checked cell is read as printed: blank or placeholder = 0, so a blank 总计 whose row has values is
 *     an R-IMP error (and the P-6 warning on that cell is dropped). An unreadable checked cell, or an unknown
 *     expected value, skips the comparison; the parser has reported the cell.</li>
 * <li>R-OFF-1 uses the printed 一, 二, （七）, 四 of each column; a computed cell that is blank or unreadable
 *     falls back to its computed value. When （七）总计 exceeds 一 + 二 there is no sensible expected value
 *     for 四: the finding has none.</li>
 * <li>R-OFF-3 header: another unit (元, 千元) is an ERROR; a garbled 万元 (“单位:0万元”) or no unit is a
 *     WARNING (a label typo; amounts are still checked as 万元).</li>
 * <li>L-DEC: the caller's profile decimals, else “保留N位小数” in the header, else none.</li>
 * <li>{@link org.nianbao.core.rules.Evaluation#values()}: the number read, null for blank, placeholder and
 *     unreadable cells (their kind is in {@link org.nianbao.core.rules.Evaluation#parsed()}).</li>
 * <li>P-10 is applied only when all four cells hold numbers; P-1 reads blank as 0.</li>
 * <li>P-2 reads only known sentence shapes ({@link org.nianbao.core.rules.Narrative}); a received count
 *     followed by “（含…结转…）” may equal 一 or 一 + 二.</li>
 * <li>P-7 also warns when 五 is the same text as last year's (when last year's report is given).</li>
 * </ul>
 */
package org.nianbao.core.rules;
