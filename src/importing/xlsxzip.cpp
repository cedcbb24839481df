#include "importing/xlsxzip.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <zip.h>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::XlsxReader", s); }

QString zipMessage(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    const QString s = QString::fromLocal8Bit(zip_error_strerror(&e));
    zip_error_fini(&e);
    return s;
}

}  // namespace

ZipPackage::ZipPackage(const QString& path) : mName(path)
{
    if (!QFile::exists(path))
        fail(tr("the file does not exist"));
    int code = 0;
    mZip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!mZip)
        fail(tr("not a readable .xlsx workbook (%1)").arg(zipMessage(code)));
}

ZipPackage::ZipPackage(const QByteArray& data, const QString& name) : mData(data), mName(name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(mData.constData(), zip_uint64_t(mData.size()), 0, &error);
    if (src)
        mZip = zip_open_from_source(src, ZIP_RDONLY, &error);
    const QString why = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    if (!mZip) {
        if (src)
            zip_source_free(src);
        fail(tr("not a readable .xlsx workbook (%1)").arg(why));
    }
}

ZipPackage::~ZipPackage()
{
    if (mZip)
        zip_discard(mZip);  // read-only: nothing to write back
}

void ZipPackage::fail(const QString& why) const
{
    throw Error(Error::Kind::Input, tr("%1: %2.").arg(mName, why));
}

bool ZipPackage::has(const QString& part) const
{
    return zip_name_locate(mZip, part.toUtf8().constData(), 0) >= 0;
}

std::unique_ptr<ZipPartStream> ZipPackage::open(const QString& part, qint64 maxBytes) const
{
    const QByteArray name = part.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(mZip, name.constData(), 0, &st) != 0)
        fail(tr("the workbook has no part %1 (the file is damaged or not an Excel workbook)").arg(part));
    if (!(st.valid & ZIP_STAT_SIZE))
        fail(tr("the part %1 gives no size").arg(part));
    // The declared size is checked first, and the actual bytes again while inflating: a zip bomb may
    // declare a small size and inflate to far more.
    if (st.size > zip_uint64_t(maxBytes))
        fail(tr("the part %1 would inflate to %2 MB, more than the %3 MB a member list can need (the file "
                "is damaged or built to exhaust memory)")
                 .arg(part).arg(st.size >> 20).arg(maxBytes >> 20));
    zip_file_t* f = zip_fopen(mZip, name.constData(), 0);
    if (!f)
        fail(tr("cannot read the part %1 (%2)").arg(part, QString::fromLocal8Bit(zip_strerror(mZip))));
    return std::make_unique<ZipPartStream>(f, mName, part, qint64(st.size), maxBytes);
}

QByteArray ZipPackage::read(const QString& part, qint64 maxBytes, bool optional) const
{
    if (optional && !has(part))
        return {};
    auto s = open(part, maxBytes);
    QByteArray out;
    out.resize(qsizetype(s->declaredSize()));
    qint64 got = 0;
    for (;;) {
        if (got == out.size())
            out.resize(out.size() + 4096);  // room to notice a part longer than declared
        const qint64 n = s->read(out.data() + got, out.size() - got);
        if (n == 0)
            break;
        got += n;
    }
    out.truncate(qsizetype(got));
    return out;
}

ZipPartStream::ZipPartStream(zip_file* file, const QString& fileName, const QString& part, qint64 declaredSize,
                             qint64 maxBytes)
    : mFile(file), mFileName(fileName), mPart(part), mDeclared(declaredSize), mMax(maxBytes)
{
}

ZipPartStream::~ZipPartStream() { zip_fclose(mFile); }

qint64 ZipPartStream::read(char* buf, qint64 maxLen)
{
    const zip_int64_t n = zip_fread(mFile, buf, zip_uint64_t(maxLen));
    if (n < 0)
        throw Error(Error::Kind::Input, tr("%1: the part %2 is damaged (%3); the file may be truncated.")
                                            .arg(mFileName, mPart, QString::fromLocal8Bit(zip_file_strerror(mFile))));
    mRead += n;
    if (mRead > mDeclared || mRead > mMax)
        throw Error(Error::Kind::Input, tr("%1: the part %2 inflates to more than its declared size; the file "
                                           "is damaged or built to exhaust memory.").arg(mFileName, mPart));
    return n;
}

}  // namespace hv
