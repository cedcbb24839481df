#pragma once
// How common each word of Vietnamese women's names is, from the name statistics shipped in
// resources/data (surnames, middle names, given names): "nguyen" is in about a third of all names,
// "thi" in most, "oanh" in few. Search uses it to ask the trigram index for the rare words of a name
// only, whose lists are short, and to check the common ones on the rows found.

#include <QString>

namespace hv::vn {

// The estimated share (0..1) of names that contain the folded word (see fold()) as a whole word; 0 for
// a word that the statistics do not list (rare, or not a name word at all). Thread-safe.
double nameWordShare(const QString& foldedWord);

// An FTS5 query for the trigrams of one word, each quoted: "han" AND "ang". Empty for a word shorter than
// three characters.
QString trigramQuery(const QString& word);

// The words of a folded search text that have three characters or more and are found in under maxShare
// of names (nameWordShare), in their order: those whose trigram lists are short enough to lead a search.
QStringList uncommonNameWords(const QStringList& foldedWords, double maxShare);

}  // namespace hv::vn
