package io.aieducademy.lab;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Backprop Lab page. The page's scripts call {@code /api/autograd}; the server only
 * renders the frame and what a reader without JavaScript sees.
 */
@Controller
class LabController {

	@GetMapping("/lab/autograd")
	String autograd() {
		return "lab/autograd";
	}

}
