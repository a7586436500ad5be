package capaian.write;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cached value written from its digits reads as the exact decimal Cells.number spells. */
class XmlOutDecimalTest {
    @Test
    void digitsAreTheExactPlainDecimal() throws Exception {
        SplittableRandom r = new SplittableRandom(4122026);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOut out = new XmlOut(bytes);
        StringBuilder expected = new StringBuilder();
        for (BigDecimal b : new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("100"),
                new BigDecimal("1E+3"), new BigDecimal("-0.005"), new BigDecimal("42.8600"), new BigDecimal("0.000001"),
                new BigDecimal(Long.MAX_VALUE), new BigDecimal(Long.MIN_VALUE).movePointLeft(4),
                new BigDecimal("123456789012345678901234567890.5"), new BigDecimal("-96.25"), new BigDecimal("7.000000000000000001")}) {
            out.decimal(b).raw(' ');
            expected.append(Cells.number(b)).append(' ');
        }
        for (int i = 0; i < 200_000; i++) {
            BigDecimal b = new BigDecimal(BigInteger.valueOf(r.nextLong(-1L << 62, 1L << 62) >> r.nextInt(0, 62)), r.nextInt(-3, 22));
            out.decimal(b).raw(' ');
            expected.append(Cells.number(b)).append(' ');
        }
        out.flush();
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.US_ASCII));
    }
}
