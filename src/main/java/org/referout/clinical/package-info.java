/**
 * The clinical rules of CLINICAL.md (R1–R6) in plain Java: measures and scores, clinically important and
 * reliable change, the status and recommendation of an episode, expected-recovery curves, red flags and
 * whom to refer to. Values in, values out: no framework, no I/O, no clock reads (dates are passed in), so
 * the web app, the {@code evaluate} command and the benchmarks all run the same code.
 * Entry points: {@link org.referout.clinical.EpisodeEvaluator} and {@link org.referout.clinical.ExpectedCurves}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical rules", allowedDependencies = {})
package org.referout.clinical;
