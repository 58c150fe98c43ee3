package nl.ketenimpact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KetenimpactApplication {

	public static void main(String[] args) {
		SpringApplication.run(KetenimpactApplication.class, args);
	}

}
