package io.aieducademy.classes;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the classes API's errors into RFC 9457 problems with a sentence from the message
 * bundle (a {@link ResponseEntityExceptionHandler} resolves the codes).
 */
@RestControllerAdvice(assignableTypes = ClassesApiController.class)
class ClassesApiProblems extends ResponseEntityExceptionHandler {

}
