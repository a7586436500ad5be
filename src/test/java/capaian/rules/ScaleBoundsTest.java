package capaian.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every scale of RULES section 7 at and around each of its bounds (values as shown, already rounded). */
class ScaleBoundsTest {
    private static final Profile P = ProfileLoader.defaultProfile();

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "permendagri-86-2017|100|Sangat Tinggi",
            "permendagri-86-2017|91|Sangat Tinggi",
            "permendagri-86-2017|91.00|Sangat Tinggi",
            "permendagri-86-2017|90.99|Tinggi",
            "permendagri-86-2017|90.5|Tinggi",
            "permendagri-86-2017|76|Tinggi",
            "permendagri-86-2017|75.99|Sedang",
            "permendagri-86-2017|75.5|Sedang",
            "permendagri-86-2017|66|Sedang",
            "permendagri-86-2017|65.99|Rendah",
            "permendagri-86-2017|51|Rendah",
            "permendagri-86-2017|50.99|Sangat Rendah",
            "permendagri-86-2017|0|Sangat Rendah",
            "permendagri-86-2017|-12.5|Sangat Rendah",
            "permendagri-86-2017|466.8|Sangat Tinggi",
            "lkj-ordinal|109.86|Sangat Berhasil",
            "lkj-ordinal|85.01|Sangat Berhasil",
            "lkj-ordinal|85|Berhasil",
            "lkj-ordinal|80.78|Berhasil",
            "lkj-ordinal|83.33|Berhasil",
            "lkj-ordinal|77.19|Berhasil",
            "lkj-ordinal|70.01|Berhasil",
            "lkj-ordinal|70|Cukup Berhasil",
            "lkj-ordinal|55.01|Cukup Berhasil",
            "lkj-ordinal|55|Tidak Berhasil",
            "sakip|90.01|AA",
            "sakip|90|A",
            "sakip|80.01|A",
            "sakip|80|BB",
            "sakip|77.28|BB",
            "sakip|70|B",
            "sakip|60|CC",
            "sakip|50|C",
            "sakip|30.01|C",
            "sakip|30|D",
            "ip-asn|91|Sangat Tinggi",
            "ip-asn|90.99|Tinggi",
            "ip-asn|81|Tinggi",
            "ip-asn|80.99|Sedang",
            "ip-asn|78.02|Sedang",
            "ip-asn|71|Sedang",
            "ip-asn|70.99|Rendah",
            "ip-asn|61|Rendah",
            "ip-asn|60.99|Sangat Rendah",
            "sistem-merit|331.5|Sangat Baik (IV)",
            "sistem-merit|325|Sangat Baik (IV)",
            "sistem-merit|324.99|Baik (III)",
            "sistem-merit|250|Baik (III)",
            "sistem-merit|249.99|Kurang (II)",
            "sistem-merit|175|Kurang (II)",
            "sistem-merit|174.99|Buruk (I)",
    })
    void bandOf(String scale, String value, String label) {
        assertEquals(label, P.scale(scale).categorize(new BigDecimal(value)));
    }
}
