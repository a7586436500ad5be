package capaian.formula;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ROUND's fast way (away from a half, in doubles) gives what its decimal way gives, on values built to be hard. */
class ExcelRoundTest {
    @Test
    void fastRoundingAgreesWithTheDecimalWay() {
        SplittableRandom r = new SplittableRandom(20261204);
        for (int i = 0; i < 2_000_000; i++) {
            int digits = r.nextInt(0, 6);
            double x = switch (i % 6) {
                case 0 -> r.nextDouble(-1e6, 1e6);
                // halves and near-halves at the digit rounded to: 1,005 and its neighbours
                case 1 -> (r.nextLong(-10_000_000, 10_000_000) + 0.5) / Math.pow(10, digits);
                case 2 -> Math.nextUp((r.nextLong(-10_000_000, 10_000_000) + 0.5) / Math.pow(10, digits));
                case 3 -> Math.nextDown((r.nextLong(-10_000_000, 10_000_000) + 0.5) / Math.pow(10, digits));
                // the ratios a capaian is: realisasi / target * 100
                case 4 -> r.nextInt(0, 100_000) / (double) r.nextInt(1, 100_000) * 100;
                default -> r.nextDouble(-1e17, 1e17) / Math.pow(10, r.nextInt(0, 20));
            };
            assertEquals(Excel.roundDecimal(x, digits), Excel.round(x, digits), 0.0, x + " to " + digits + " digits");
        }
        for (double x : new double[] {1.005, -1.005, 2.675, 0.125, 0.5, -0.5, 1e-320, -0.004, 0.004999999999999999,
                999999999999999.5, 1e15, Double.MIN_VALUE, 123.455, 80.0 / 3}) {
            for (int digits = 0; digits <= 15; digits++) {
                assertEquals(Excel.roundDecimal(x, digits), Excel.round(x, digits), 0.0, x + " to " + digits + " digits");
            }
        }
        assertEquals(1.01, Excel.round(1.005, 2), 0.0, "as Excel shows it");
    }
}
