// The whole clinic story in a real browser against the emulators and the ElevenLabs stand-in:
// a doctor signs in, uploads knowledge, narrates, creates an agent (and tries it) and invites a
// patient; the patient redeems the invite on a 360 px phone, converses by text, says a red flag
// and ends; the doctor, already on the Alerts page, sees the alert arrive live, opens the
// session with its transcript, and acknowledges. Screenshots of each page go to .local/screenshots.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { adminAuth, adminDb, markSensitive } from "../../functions/test/integration/harness";
import { hostingUrl, keyboardGaps, launchChromium, lowContrastText, screenshot, screenshotDir, screenshotsTaken, unlabelledControls } from "./browser";

const doctor = { email: `dr.story-${randomUUID().slice(0, 8)}@example.test`, password: "story-password-1", name: "Dr. Morgan Story" };
const patientName = `Riley Story ${randomUUID().slice(0, 4)}`;
const QUESTION = "How long should I keep the wound dressing dry?";
const RED_FLAG = "Since last night my calf is swollen and hot and it really hurts to walk.";
const KNOWLEDGE = `# After your knee replacement

Keep the wound dressing clean and dry for the first five days. After day five you may shower if the wound is dry.

Walk with your walker three to four times a day. Ice the knee for 20 minutes after exercises.

Calf pain, swelling or tightness in the lower leg can be a blood clot: seek urgent care.`;

describe("the clinic web app in a real browser", function () {
  // Generous waits: on a loaded 2-core machine a cold function start alone can take tens of seconds.
  this.timeout(300_000);
  let browser: Browser;
  let doctorContext: BrowserContext;
  let patientContext: BrowserContext;
  let doctorPage: Page;
  let patientPage: Page;
  let inviteLink = "";
  let endedAt = 0;
  let sessionId = "";

  /** WCAG AA text contrast and a Tab-only walk over the page as it is now. */
  async function assertAccessible(page: Page, what: string) {
    assert.deepEqual(await unlabelledControls(page), [], `${what}: every control has a label`);
    assert.deepEqual(await lowContrastText(page), [], `${what}: text contrast meets WCAG AA`);
    const keyboard = await keyboardGaps(page);
    assert.deepEqual(keyboard.unreached, [], `${what}: every control is reachable with Tab`);
    assert.deepEqual(keyboard.noOutline, [], `${what}: focus is visible on every control`);
  }

  before(async function () {
    markSensitive(QUESTION, RED_FLAG);
    const user = await adminAuth.createUser({ email: doctor.email, password: doctor.password, displayName: doctor.name });
    await adminAuth.setCustomUserClaims(user.uid, { role: "doctor" });
    browser = await launchChromium();
    doctorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await doctorContext.grantPermissions(["notifications"], { origin: hostingUrl });
    doctorPage = await doctorContext.newPage();
    doctorPage.setDefaultTimeout(90_000);
  });

  // Print a failure the moment it happens (the spec reporter lists them only at the very end,
  // after every later step of the story has waited out its timeout).
  afterEach(function () {
    if (this.currentTest?.state === "failed") {
      const err = this.currentTest.err as (Error & { actual?: unknown }) | undefined;
      const actual = err && "actual" in err ? `\n      actual: ${JSON.stringify(err.actual)}` : "";
      console.error(`\n    FAILED "${this.currentTest.title}": ${err?.message}${actual}\n`);
    }
  });

  after(async function () {
    await browser?.close();
    const shots = screenshotsTaken();
    console.log(`\n    Screenshots (${shots.length}) in ${screenshotDir}:\n${shots.map((s) => `      ${s}`).join("\n")}`);
  });

  it("the doctor signs in with the keyboard", async function () {
    await doctorPage.goto(`${hostingUrl}/`);
    await doctorPage.getByLabel("Email").waitFor();
    await screenshot(doctorPage, "01-console-sign-in");
    await assertAccessible(doctorPage, "sign-in");
    await doctorPage.getByLabel("Email").focus();
    await doctorPage.keyboard.type(doctor.email);
    await doctorPage.keyboard.press("Tab");
    await doctorPage.keyboard.type(doctor.password);
    await doctorPage.keyboard.press("Enter");
    for (const name of ["Patients", "Alerts", "Dashboard", "Knowledge", "Agents", "Narration"]) {
      await doctorPage.getByRole("link", { name, exact: true }).waitFor();
    }
    await doctorPage.getByText(doctor.name).waitFor();
    await assertAccessible(doctorPage, "console home");
  });

  it("uploads knowledge; a backend field error shows next to its field", async function () {
    await doctorPage.getByRole("link", { name: "Knowledge", exact: true }).click();
    await doctorPage.getByRole("heading", { name: "Upload knowledge" }).waitFor();
    await doctorPage.getByText("No documents yet").waitFor();
    await doctorPage.getByLabel("Disease or procedure").fill("Knee <replacement>");
    await doctorPage.getByLabel("Document type").selectOption("precautions");
    await doctorPage.getByLabel("Text", { exact: true }).fill(KNOWLEDGE);
    await doctorPage.getByRole("button", { name: "Upload text" }).click();
    const diseaseField = doctorPage.getByLabel("Disease or procedure");
    await doctorPage.getByText("must not contain '<' or '>'").waitFor();
    assert.equal(await diseaseField.getAttribute("aria-invalid"), "true");
    const describedBy = (await diseaseField.getAttribute("aria-describedby")) ?? "";
    assert.match(await doctorPage.locator(`[id="${describedBy.split(" ").pop()}"]`).innerText(), /must not contain/);
    await screenshot(doctorPage, "02-knowledge-field-error");

    await diseaseField.fill("Knee replacement");
    await doctorPage.getByRole("button", { name: "Upload text" }).click();
    await doctorPage.getByText("Uploaded and synced").waitFor();
    await doctorPage.getByText("synced", { exact: true }).first().waitFor();
    await screenshot(doctorPage, "03-knowledge");
  });

  it("narrates a script with a picked voice, plays and approves it", async function () {
    await doctorPage.getByRole("link", { name: "Narration", exact: true }).click();
    await doctorPage.getByLabel("Disease or procedure").fill("Knee replacement");
    const voice = doctorPage.getByLabel("Voice", { exact: true });
    await voice.locator("option", { hasText: "Rachel" }).waitFor({ state: "attached" });
    await voice.selectOption({ label: (await voice.locator("option", { hasText: "Rachel" }).innerText()).trim() });
    // Long enough for three parts: the job is followed live (queued, then part n of 3) until done.
    const paragraph = "Welcome home after your knee replacement. Keep the dressing dry for five days. Walk a little more every day, with your walker, three or four times. ";
    await doctorPage.getByLabel("Script").fill(paragraph.repeat(40));
    await doctorPage.getByRole("button", { name: "Generate audio" }).click();
    await doctorPage.getByRole("progressbar", { name: "Generating audio" }).waitFor();
    await doctorPage.getByText(/^(Queued: generation starts in a moment\.|Generating: part \d of 3 done\.)$/).waitFor();
    await screenshot(doctorPage, "04a-narration-progress");
    await doctorPage.getByText("The audio is ready").waitFor({ timeout: 180_000 });
    assert.equal(await doctorPage.getByRole("progressbar", { name: "Generating audio" }).count(), 0, "the progress bar goes when the job is done");
    const approve = doctorPage.getByRole("button", { name: /^Approve / });
    await approve.waitFor();
    assert.ok((await doctorPage.locator("audio[src]").count()) >= 1, "a player for the new audio");
    await screenshot(doctorPage, "04-narration-draft");
    await approve.click();
    await doctorPage.getByText("approved", { exact: true }).waitFor();
    await screenshot(doctorPage, "05-narration-approved");
  });

  it("creates an agent (name, voice, language, style, knowledge) and tries it in a text chat", async function () {
    await doctorPage.getByRole("link", { name: "Agents", exact: true }).click();
    await doctorPage.getByLabel("Agent name").fill("Knee Recovery Guide");
    const voice = doctorPage.getByLabel("Voice", { exact: true });
    await voice.locator("option", { hasText: "Rachel" }).waitFor({ state: "attached" });
    await voice.selectOption({ index: 1 });
    await doctorPage.getByLabel("Language").selectOption("en");
    await doctorPage.getByLabel("Answer style").selectOption("friendly");
    await doctorPage.getByLabel(/Knee replacement · precautions/).check();
    assert.deepEqual(await unlabelledControls(doctorPage), []);
    await screenshot(doctorPage, "06-agent-form");
    await doctorPage.getByRole("button", { name: "Create agent" }).click();
    await doctorPage.getByText("Patients can talk to it now").waitFor();

    await doctorPage.getByRole("button", { name: "Try Knee Recovery Guide" }).click();
    await doctorPage.getByRole("button", { name: "Start test chat" }).click();
    await doctorPage.getByLabel("Message").waitFor();
    await doctorPage.locator(".chat-line--agent").first().waitFor();
    await doctorPage.getByLabel("Message").fill("How long should the dressing stay dry?");
    await doctorPage.getByRole("button", { name: "Send" }).click();
    await doctorPage.locator(".chat-line--agent", { hasText: "five days" }).waitFor();
    await screenshot(doctorPage, "07-agent-try-it");
    await doctorPage.getByRole("button", { name: "End conversation" }).click();
    await doctorPage.getByRole("button", { name: "Close" }).click();
  });

  it("invites a patient with a link and a QR code, and finds them by search", async function () {
    await doctorPage.getByRole("link", { name: "Patients", exact: true }).click();
    await doctorPage.getByLabel("Patient name").fill(patientName);
    await doctorPage.getByRole("button", { name: "Invite patient" }).click();
    const linkField = doctorPage.getByLabel("Invite link");
    await linkField.waitFor();
    inviteLink = await linkField.inputValue();
    // 28 symbols in seven groups of four, from the alphabet without 0/O/1/I.
    assert.match(inviteLink, /\/patient\/\?invite=(?:[A-HJ-NP-Z2-9]{4}-){6}[A-HJ-NP-Z2-9]{4}&doctor=/);
    await doctorPage.getByRole("img", { name: `QR code for ${patientName}` }).waitFor();
    await doctorPage.getByRole("link", { name: patientName }).waitFor();
    await screenshot(doctorPage, "08-patients-invite");
    await assertAccessible(doctorPage, "patients with an invite");
    await doctorPage.getByLabel("Search patients").fill(patientName.split(" ")[1]!.slice(0, 3).toLowerCase());
    await doctorPage.getByRole("link", { name: patientName }).waitFor();
    await doctorPage.getByLabel("Search patients").fill("zzzz-nobody");
    await doctorPage.getByText("No patient matches").waitFor();
    await doctorPage.getByLabel("Search patients").fill("");
  });

  it("the patient redeems the invite on a phone, converses by text, says a red flag and ends", async function () {
    // The doctor waits on the Alerts page: the alert must arrive there without a reload.
    await doctorPage.getByRole("link", { name: "Alerts", exact: true }).click();
    await doctorPage.getByText("No open alerts.").waitFor();

    patientContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    patientPage = await patientContext.newPage();
    patientPage.setDefaultTimeout(90_000);
    await patientPage.goto(inviteLink);
    const start = patientPage.getByRole("button", { name: "Start conversation" });
    await start.waitFor();
    await patientPage.getByRole("heading", { name: `Hello, ${patientName}` }).waitFor();
    assert.ok((await patientPage.locator("audio[src]").count()) >= 1, "the doctor's approved narration is there");
    assert.ok(!patientPage.url().includes("invite="), "the code leaves the address bar once redeemed");
    const overflow = await patientPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (overflow ${overflow} px)`);
    await screenshot(patientPage, "09-patient-home-360px");
    await assertAccessible(patientPage, "patient page at 360 px");

    // A text conversation (the microphone box is ticked when the browser already allows it).
    await patientPage.getByLabel("Talk with my voice (uses the microphone)").uncheck();
    await start.click();
    const message = patientPage.getByLabel("Message");
    await patientPage.locator(".chat-line--agent").first().waitFor();
    await message.fill(QUESTION);
    await patientPage.getByRole("button", { name: "Send" }).click();
    await patientPage.locator(".chat-line--agent", { hasText: "five days" }).waitFor();
    await message.fill(RED_FLAG);
    await message.press("Enter");
    await patientPage.locator(".chat-line--agent").nth(2).waitFor();
    await screenshot(patientPage, "10-patient-conversation-360px");
    await assertAccessible(patientPage, "patient conversation at 360 px");
    // Keyboard only: focus the button and press Enter.
    await patientPage.getByRole("button", { name: "End conversation" }).focus();
    await patientPage.keyboard.press("Enter");
    endedAt = Date.now();
    await patientPage.getByText("will review it").waitFor();
    await screenshot(patientPage, "11-patient-ended-360px");
  });

  it("the doctor sees the alert arrive live, with a badge, within 90 s", async function () {
    const acknowledge = doctorPage.getByRole("button", { name: "Acknowledge" });
    await acknowledge.waitFor({ timeout: 90_000 });
    const seconds = (Date.now() - endedAt) / 1000;
    console.log(`      alert on screen ${seconds.toFixed(1)} s after "End conversation" (no reload)`);
    assert.ok(seconds <= 90);
    await doctorPage.getByRole("status", { name: "1 open alert" }).waitFor();
    assert.match(await doctorPage.title(), /^\(1\) /);
    await doctorPage.getByText(RED_FLAG).waitFor();
    await doctorPage.getByText("needs attention", { exact: true }).first().waitFor();
    await screenshot(doctorPage, "12-alerts-live");
    await assertAccessible(doctorPage, "alerts");
  });

  it("opens the patient: the red flag is under Requires attention", async function () {
    await doctorPage.getByRole("link", { name: "Patients", exact: true }).click();
    await doctorPage.getByRole("link", { name: patientName }).click();
    for (const name of ["Requires attention", "Unanswered questions", "Answered questions"]) await doctorPage.getByRole("heading", { name, exact: true }).waitFor();
    const attention = doctorPage.locator("section", { has: doctorPage.getByRole("heading", { name: "Requires attention", exact: true }) });
    await attention.getByText(RED_FLAG).waitFor();
    const answered = doctorPage.locator("section", { has: doctorPage.getByRole("heading", { name: "Answered questions", exact: true }) });
    await answered.getByText(QUESTION).waitFor();
    await screenshot(doctorPage, "13-patient-view");
  });

  it("opens the session: summary, full transcript, highlighted turns and when the red flag was raised", async function () {
    await doctorPage.getByRole("link", { name: /^Conversation of / }).first().click();
    await doctorPage.getByRole("heading", { name: "Transcript" }).waitFor();
    sessionId = decodeURIComponent(new URL(doctorPage.url()).pathname.split("/").pop()!);
    const transcript = doctorPage.locator("ol.transcript");
    await transcript.getByText(QUESTION).waitFor();
    await transcript.getByText(RED_FLAG).waitFor();
    await doctorPage.getByText(/Red flag said .* into the call; alert raised/).waitFor();
    const redFlagTurn = transcript.locator("li", { hasText: RED_FLAG });
    assert.match(await redFlagTurn.innerText(), /needs attention/);
    const show = doctorPage.locator("section", { has: doctorPage.getByRole("heading", { name: "Requires attention", exact: true }) }).getByRole("button", { name: /^Show turn/ });
    await show.click();
    assert.equal(await redFlagTurn.getAttribute("aria-current"), "true");
    assert.match((await redFlagTurn.getAttribute("class")) ?? "", /turn--highlight/);
    // The in-call red-flag tool marks its alert raised_in_call; the page then says when, as mm:ss.
    const alertDoc = (await adminDb.collection("alerts").doc(sessionId).get()).data();
    assert.ok(alertDoc, "the session's alert exists");
    const inCallNote = doctorPage.getByText(/^Red flag raised during the call at \d\d:\d\d$/);
    if (alertDoc.raised_in_call === true) await inCallNote.waitFor();
    else assert.equal(await inCallNote.count(), 0, "no in-call note for an alert raised after the call");
    await screenshot(doctorPage, "14-session-transcript");
    await assertAccessible(doctorPage, "session");
  });

  it("acknowledges the alert: who and when are shown, the badge goes", async function () {
    await doctorPage.getByRole("link", { name: "Alerts", exact: true }).click();
    // Keyboard only: focus the button and press Enter.
    await doctorPage.getByRole("button", { name: "Acknowledge" }).focus();
    await doctorPage.keyboard.press("Enter");
    await doctorPage.getByText(new RegExp(`Acknowledged by ${doctor.name.replace(".", "\\.")} \\(you\\) on \\w+`)).first().waitFor();
    await doctorPage.getByText("No open alerts.").waitFor();
    assert.equal(await doctorPage.getByRole("status", { name: /open alert/ }).count(), 0);
    await screenshot(doctorPage, "15-alerts-acknowledged");
  });

  it("the dashboard draws charts with accessible names", async function () {
    await doctorPage.getByRole("link", { name: "Dashboard", exact: true }).click();
    const chart = doctorPage.getByRole("img", { name: /Conversations per day/ });
    await chart.waitFor();
    assert.equal(await chart.evaluate((el) => el.tagName.toLowerCase()), "svg");
    await doctorPage.getByRole("img", { name: /Conversations per agent/ }).waitFor();
    await doctorPage.getByRole("img", { name: /Share of patient items needing attention/ }).waitFor();
    const gaps = doctorPage.getByRole("img", { name: /Top knowledge gaps/ });
    if (await gaps.count()) assert.doesNotMatch((await gaps.getAttribute("aria-label")) ?? "", new RegExp(patientName), "knowledge gaps are questions only");
    await screenshot(doctorPage, "16-dashboard");
    await assertAccessible(doctorPage, "dashboard");
  });

  it("the patient can also talk by voice (Chromium's fake microphone), with the text box still there", async function () {
    await patientContext.grantPermissions(["microphone"], { origin: hostingUrl });
    await patientPage.reload();
    const voice = patientPage.getByLabel("Talk with my voice (uses the microphone)");
    await voice.waitFor();
    assert.equal(await voice.isChecked(), true, "voice is the default once the microphone is allowed");
    await patientPage.getByRole("button", { name: "Start conversation" }).click();
    await patientPage.getByText(/is speaking…|Listening: speak, or type below\./).waitFor();
    await patientPage.getByLabel("Message").fill("Can I shower after day five?");
    await patientPage.getByRole("button", { name: "Send" }).click();
    await patientPage.locator(".chat-line--you", { hasText: "Can I shower" }).waitFor();
    await patientPage.locator(".chat-line--agent").nth(1).waitFor();
    await screenshot(patientPage, "17-patient-voice-360px");
    await patientPage.getByRole("button", { name: "End conversation" }).click();
    await patientPage.getByText("will review it").waitFor();
  });

  it("re-issues the invite: the new code replaces the old one, whose link is then refused", async function () {
    await doctorPage.getByRole("link", { name: "Patients", exact: true }).click();
    await doctorPage.getByRole("link", { name: patientName }).click();
    // The summary and the conversation list load after the page opens and push the button down:
    // a click while they land can hit the space the button just left.
    await doctorPage.getByRole("heading", { name: "Requires attention", exact: true }).waitFor();
    await doctorPage.getByRole("link", { name: /^Conversation of / }).first().waitFor();
    await doctorPage.getByRole("button", { name: "Issue a new invite" }).click();
    const newLink = await doctorPage.getByLabel("Invite link").inputValue();
    assert.notEqual(newLink, inviteLink);
    await screenshot(doctorPage, "18-patient-reissued-invite");
    const stranger = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await stranger.newPage();
    await page.goto(inviteLink);
    await page.getByRole("heading", { name: "Welcome" }).waitFor();
    await page.getByRole("alert").waitFor();
    assert.equal(await page.getByRole("button", { name: "Start conversation" }).count(), 0, "the replaced invite opens nothing");
    await screenshot(page, "19-patient-old-invite-refused-360px");
    await stranger.close();
  });

  it("erases the patient from the keyboard, after typing the name, and shows the receipt", async function () {
    await doctorPage.getByRole("button", { name: "Erase patient…" }).focus();
    await doctorPage.keyboard.press("Enter");
    const dialog = doctorPage.getByRole("dialog", { name: `Erase ${patientName}?` });
    await dialog.waitFor();
    const erase = dialog.getByRole("button", { name: "Erase permanently" });
    assert.equal(await erase.isDisabled(), true, "nothing is erased before the name is typed");
    await dialog.getByLabel(/Type the patient's name/).focus();
    await doctorPage.keyboard.type(patientName);
    await doctorPage.keyboard.press("Enter");
    await doctorPage.getByRole("heading", { name: "Patient erased" }).waitFor();
    const receipt = (await doctorPage.locator("dd.code").innerText()).trim();
    assert.ok(receipt.length > 8, "a receipt id is shown");
    await screenshot(doctorPage, "20-patient-erased-receipt");
    await doctorPage.getByRole("link", { name: "Back to the list" }).click();
    await doctorPage.getByLabel("Search patients").fill(patientName);
    await doctorPage.getByText("No patient matches").waitFor();
  });
});
