import { render } from "preact";
import "../shared/styles.css";
import { PatientApp } from "./PatientApp";

render(<PatientApp />, document.getElementById("app")!);
