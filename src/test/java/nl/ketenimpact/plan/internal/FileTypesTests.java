package nl.ketenimpact.plan.internal;

import java.nio.charset.StandardCharsets;

import nl.ketenimpact.plan.EvidenceStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTests {

	@Test
	void recognisesPdfPngAndJpegByTheirBytes() {
		assertThat(FileTypes.detect("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
		assertThat(FileTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 })).contains("image/png");
		assertThat(FileTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains("image/jpeg");
	}

	@Test
	void aTextFileCalledPdfIsNotAPdf() {
		assertThat(FileTypes.detect("Dit is geen PDF".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileTypes.detect(new byte[] { 'M', 'Z' })).isEmpty();
		assertThat(FileTypes.detect(new byte[0])).isEmpty();
	}

	@Test
	void storedFileNamesAreHarmless() {
		assertThat(EvidenceStore.safeName("../../etc/passwd.pdf", "application/pdf")).isEqualTo("passwd.pdf");
		assertThat(EvidenceStore.safeName("beschikking juni 2026.PDF", "application/pdf")).isEqualTo("beschikking_juni_2026.pdf");
		assertThat(EvidenceStore.safeName("foto.exe", "image/png")).isEqualTo("foto.png");
		assertThat(EvidenceStore.safeName(null, "image/jpeg")).isEqualTo("bewijs.jpg");
	}
}
