package org.referout.episode;

import java.math.BigDecimal;
import java.util.List;

/** One score as entered: numbers stay decimals here so that 7.5 is reported as "not a whole number". */
public record ScoreInput(String measure, BigDecimal value, List<BigDecimal> items) {
}
