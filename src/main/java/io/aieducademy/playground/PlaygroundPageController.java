package io.aieducademy.playground;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Neural Network Playground page. Its script trains through
 * {@code /api/playground/train}; the server renders the frame and what a reader without
 * JavaScript sees.
 */
@Controller
class PlaygroundPageController {

	@GetMapping("/lab/playground")
	String playground() {
		return "lab/playground";
	}

}
