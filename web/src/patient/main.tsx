import { render } from "preact";
import "../shared/styles.css";
import { PatientApp } from "./PatientApp";

const root = document.getElementById("app")!;
root.textContent = ""; // the static "Loading…" placeholder
render(<PatientApp />, root);
