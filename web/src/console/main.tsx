import { render } from "preact";
import "../shared/styles.css";
import { ConsoleApp } from "./App";

render(<ConsoleApp />, document.getElementById("app")!);
