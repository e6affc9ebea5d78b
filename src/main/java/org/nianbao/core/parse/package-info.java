/**
 * Reading cell texts: {@link org.nianbao.core.parse.CellParser} turns the text of one value cell into a
 * {@link org.nianbao.core.parse.ParsedCell} (value, kind, findings). Pure Java; no document API.
 *
 * <p>Decisions:
 * <ul>
 * <li>{@code 1e3}: read as 1000 with a C-NUM warning (type 1000). Exponents beyond ±20 are not read.</li>
 * <li>Full-width digits and well-formed thousands separators (ASCII or full-width comma) are plain numbers:
 *     no finding. Malformed grouping ({@code 1,23}) is INVALID: the intended number is unclear.</li>
 * <li>Notation warnings (C-NUM, WARNING): {@code 12.0} in a count, a unit ({@code 12件}, {@code 3.5万元}),
 *     Chinese numerals, {@code 1e3}, leading zeros {@code 007}, a plus sign. The finding's expected value
 *     is the plain number.</li>
 * <li>A negative number or a count with decimals is kept as the value (so totals still add up as printed)
 *     and is an R-IMP-4 error.</li>
 * <li>{@code 3940元} in the 万元 cell: value 0.394 (the amount in 万元), R-OFF-3 error with expected 0.394.</li>
 * <li>More than {@value org.nianbao.core.parse.CellParser#MAX_LENGTH} characters: INVALID. Messages quote
 *     at most 30 characters of the text; a finding's {@code actual} keeps at most 200.</li>
 * <li>L-DEC counts the decimals the value needs: {@code 0.394000} under “保留4位小数” is fine.</li>
 * </ul>
 */
package org.nianbao.core.parse;
