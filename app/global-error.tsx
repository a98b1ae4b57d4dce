"use client";

import "./globals.css";

// The last resort, when even a page's layout failed: no translations can be loaded then, so the
// sentence is given in all three of the site's languages, each marked with its own lang.
const sentences = [
  { lang: "en", title: "Something went wrong", body: "Please try again in a moment.", home: "Go to the home page" },
  { lang: "be", title: "Нешта пайшло не так", body: "Паспрабуйце яшчэ раз праз хвіліну.", home: "На галоўную старонку" },
  { lang: "ru", title: "Что-то пошло не так", body: "Попробуйте ещё раз через минуту.", home: "На главную страницу" },
];

export default function GlobalError() {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>Something went wrong · Нешта пайшло не так · Что-то пошло не так</title>
        <main id="main" className="mx-auto max-w-2xl space-y-8 px-4 py-10">
          {sentences.map(({ lang, title, body, home }) => (
            <section key={lang} lang={lang}>
              <h1 className="text-2xl font-bold">{title}</h1>
              <p className="mt-2">
                {body}{" "}
                <a href={`/${lang}`} className="underline">
                  {home}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
