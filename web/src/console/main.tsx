import { render } from "preact";
import "../shared/styles.css";
import { ConsoleApp } from "./App";

const root = document.getElementById("app")!;
root.textContent = ""; // the static "Loading…" placeholder
render(<ConsoleApp />, root);
