// Entry point: global styles, then the shell component.
import { mount } from "svelte";
import App from "./App.svelte";
import "./styles.css";

const target = document.getElementById("app");
if (!target) throw new Error("index.html lacks #app");
mount(App, { target });
