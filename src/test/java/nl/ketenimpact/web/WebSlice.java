package nl.ketenimpact.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of one controller needs besides the controller: the beans the layout and templates call
 * ({@code @time}, {@code @num}, {@code @navigation}) and the failure pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ Times.class, NumberText.class, Navigation.class, UiExceptionHandler.class, ProblemWriter.class })
public @interface WebSlice {
}
